// Registers <mentor-signature-pad> (safe to load twice). Imported on demand by the signer when
// someone chooses to draw, so signature_pad never weighs on the first load.
import { MentorSignaturePad } from './signature-pad.component.js';

export { MentorSignaturePad };
if (!customElements.get('mentor-signature-pad'))
  customElements.define('mentor-signature-pad', MentorSignaturePad);
