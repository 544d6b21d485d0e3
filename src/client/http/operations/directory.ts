// Mentor search and profiles (<mentor-directory>).
import { MentorPage, type MentorQuery } from '../../../contract/directory.js';
import { MentorProfile } from '../../../contract/person.js';
import type { CallOptions, MentoringApi } from '../../api.js';
import { mentorQueryToSearchParams } from '../../../contract/query-codec.js';
import { pathId, type HttpTransport } from '../transport.js';

export const directoryOperations = (
  http: HttpTransport,
): Pick<MentoringApi, 'searchMentors' | 'getMentor'> => ({
  searchMentors: (query: MentorQuery, options?: CallOptions) =>
    http.read('/mentors', MentorPage, options, mentorQueryToSearchParams(query)),
  getMentor: (mentorId: string, options?: CallOptions) =>
    http.read(`/mentors/${pathId(mentorId)}`, MentorProfile, options),
});
