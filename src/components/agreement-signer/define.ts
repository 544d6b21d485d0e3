// Registers <mentor-agreement-signer> (safe to load twice). The drawing pad, the audit view and
// the certificate register themselves when first needed (see signature-pad.define.ts and
// agreement-record.define.ts). Import classes from ./index.js to extend without registering.
import { MentorAgreementSigner } from './agreement-signer.component.js';

export { MentorAgreementSigner };
export const agreementSignerTag = 'mentor-agreement-signer';

if (!customElements.get(agreementSignerTag))
  customElements.define(agreementSignerTag, MentorAgreementSigner);
