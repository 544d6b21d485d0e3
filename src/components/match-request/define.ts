// Registers <mentor-match-request> (safe to load twice). Its status and inbox views register
// their own elements when they load (see ./lazy-views.js). Import classes from ./index.js to
// extend them without registering.
import { MentorMatchRequest } from './match-request.component.js';

export { MentorMatchRequest };
export const matchRequestTag = 'mentor-match-request';

if (!customElements.get(matchRequestTag))
  customElements.define(matchRequestTag, MentorMatchRequest);
