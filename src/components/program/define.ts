// Registers <mentor-program> (safe to load twice). Import the class from ./program.component.js
// to extend it without registering.
import { MentorProgram } from './program.component.js';
import { defineElement } from '../../core/define.js';

export { MentorProgram };
export const programTag = 'mentor-program';

defineElement(programTag, MentorProgram);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-program': MentorProgram;
  }
}
