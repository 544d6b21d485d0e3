// The match request's classes, without registering any tag (see ./define.js).
export { MentorMatchRequest, type MatchRequestView } from './match-request.component.js';
export { MentorRequestStatus } from './request-status.component.js';
export { MentorRequestInbox } from './request-inbox.component.js';
