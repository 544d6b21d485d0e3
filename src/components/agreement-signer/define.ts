// Registers <mentor-agreement-signer> (safe to load twice). The drawing pad, the audit view and
// the certificate register themselves when first needed (see signature-pad.define.ts and
// agreement-record.define.ts). Import classes from ./index.js to extend without registering.
import { MentorAgreementSigner } from './agreement-signer.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { defineElement } from '../../core/define.js';

// The signer's requests and their schemas download while it paints its skeleton (src/core/README.md).
preloadOperations('people', 'mentorships', 'agreements');

export { MentorAgreementSigner };
export const agreementSignerTag = 'mentor-agreement-signer';

defineElement(agreementSignerTag, MentorAgreementSigner);
