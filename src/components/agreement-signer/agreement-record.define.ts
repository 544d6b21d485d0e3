// Registers the audit view and the certificate (safe to load twice). Imported on demand by the
// signer the first time either is opened, so neither weighs on the first load.
import { MentorAgreementAudit } from './agreement-audit.component.js';
import { MentorAgreementCertificate } from './agreement-certificate.component.js';
import { defineElement } from '../../core/define.js';

export { MentorAgreementAudit, MentorAgreementCertificate };
const tags: Array<[string, CustomElementConstructor]> = [
  ['mentor-agreement-audit', MentorAgreementAudit],
  ['mentor-agreement-certificate', MentorAgreementCertificate],
];
for (const [tag, element] of tags) defineElement(tag, element);
