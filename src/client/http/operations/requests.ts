// Match requests and their transitions (<mentor-match-request> and the mentor's inbox).
import {
  MatchRequest,
  RequestPage,
  type CreateRequest,
  type DeclineRequest,
  type RequestQuery,
} from '../../../contract/request.js';
import { MentorProfile, type UpdateAvailability } from '../../../contract/person.js';
import { MentorCard } from '../../../contract/directory.js';
import type { CallOptions, CreateOptions, EditOptions, MentoringApi } from '../../api.js';
import { requestQueryToSearchParams } from '../../../contract/query-codec.js';
import { pathId, type HttpTransport } from '../transport.js';

type RequestOperation =
  | 'listRequests'
  | 'getRequest'
  | 'createRequest'
  | 'acceptRequest'
  | 'declineRequest'
  | 'withdrawRequest'
  | 'askRequest'
  | 'replyRequest'
  | 'getMentorMatch'
  | 'updateAvailability';

export const requestOperations = (http: HttpTransport): Pick<MentoringApi, RequestOperation> => {
  const transition = (requestId: string, step: string, body: object, options: EditOptions) =>
    http.edit('post', `/requests/${pathId(requestId)}/${step}`, MatchRequest, body, options);
  return {
    // The form's side panel: one mentor's card, scored for the signed-in mentee.
    getMentorMatch: (mentorId: string, options?: CallOptions) =>
      http.read(`/mentors/${pathId(mentorId)}/match`, MentorCard, options),
    // The inbox's availability panel: a whole value the mentor owns.
    updateAvailability: (input: UpdateAvailability, options?: CallOptions) =>
      http.replace('/me/availability', MentorProfile, input, options),
    listRequests: (query: RequestQuery, options?: CallOptions) =>
      http.read('/requests', RequestPage, options, requestQueryToSearchParams(query)),
    getRequest: (requestId: string, options?: CallOptions) =>
      http.read(`/requests/${pathId(requestId)}`, MatchRequest, options),
    createRequest: (input: CreateRequest, options?: CreateOptions) =>
      http.create('/requests', MatchRequest, input, options),
    acceptRequest: (requestId: string, options: EditOptions) =>
      transition(requestId, 'accept', {}, options),
    declineRequest: (requestId: string, input: DeclineRequest, options: EditOptions) =>
      transition(requestId, 'decline', input, options),
    withdrawRequest: (requestId: string, options: EditOptions) =>
      transition(requestId, 'withdraw', {}, options),
    askRequest: (requestId: string, question: string, options: EditOptions) =>
      transition(requestId, 'ask', { question }, options),
    replyRequest: (requestId: string, text: string, options: EditOptions) =>
      transition(requestId, 'reply', { text }, options),
  };
};
