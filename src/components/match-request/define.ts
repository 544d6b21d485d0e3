// Registers <mentor-match-request> (safe to load twice). Its status and inbox views register
// their own elements when they load (see ./lazy-views.js). Import classes from ./index.js to
// extend them without registering.
import { MentorMatchRequest } from './match-request.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { defineElement } from '../../core/define.js';

// The form's requests and their schemas download while it paints its skeleton (src/core/README.md).
preloadOperations('people', 'requests');

export { MentorMatchRequest };
export const matchRequestTag = 'mentor-match-request';

defineElement(matchRequestTag, MentorMatchRequest);
