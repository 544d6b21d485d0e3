// Registers <mentor-signature-pad> (safe to load twice). Imported on demand by the signer when
// someone chooses to draw, so signature_pad never weighs on the first load.
import { MentorSignaturePad } from './signature-pad.component.js';
import { defineElement } from '../../core/define.js';

export { MentorSignaturePad };
defineElement('mentor-signature-pad', MentorSignaturePad);
