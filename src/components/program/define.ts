// Registers <mentor-program> (safe to load twice). Import the class from ./program.component.js
// to extend it without registering.
import { MentorProgram } from './program.component.js';

export { MentorProgram };
export const programTag = 'mentor-program';

if (!customElements.get(programTag)) customElements.define(programTag, MentorProgram);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-program': MentorProgram;
  }
}
