// The agreement signer's classes and helpers, without registering any tag (see ./define.js).
export { MentorAgreementSigner } from './agreement-signer.component.js';
export { diffSections, diffLines, type SectionDiff, type DiffLine } from './terms-diff.js';
export type { SignaturePadChangeEvent } from './signature-pad.events.js';
