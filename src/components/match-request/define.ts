// Registers <mentor-match-request> (safe to load twice). Its status and inbox views register
// their own elements when they load (see ./lazy-views.js). Import classes from ./index.js to
// extend them without registering.
import { MentorMatchRequest } from './match-request.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { peopleOperations } from '../../client/http/operations/people.js';
import { requestOperations } from '../../client/http/operations/requests.js';
import { defineElement } from '../../core/define.js';

// The form's requests arrive with it (see src/core/README.md, "Operations per widget").
preloadOperations({ people: peopleOperations, requests: requestOperations });

export { MentorMatchRequest };
export const matchRequestTag = 'mentor-match-request';

defineElement(matchRequestTag, MentorMatchRequest);
