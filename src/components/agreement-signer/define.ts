// Registers <mentor-agreement-signer> (safe to load twice). The drawing pad, the audit view and
// the certificate register themselves when first needed (see signature-pad.define.ts and
// agreement-record.define.ts). Import classes from ./index.js to extend without registering.
import { MentorAgreementSigner } from './agreement-signer.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { peopleOperations } from '../../client/http/operations/people.js';
import { mentorshipOperations } from '../../client/http/operations/mentorships.js';
import { agreementOperations } from '../../client/http/operations/agreements.js';
import { defineElement } from '../../core/define.js';

// The signer's requests arrive with it (see src/core/README.md, "Operations per widget").
preloadOperations({
  people: peopleOperations,
  mentorships: mentorshipOperations,
  agreements: agreementOperations,
});

export { MentorAgreementSigner };
export const agreementSignerTag = 'mentor-agreement-signer';

defineElement(agreementSignerTag, MentorAgreementSigner);
