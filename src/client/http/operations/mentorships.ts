// Mentorships: the partnerships of the signed-in person, and the no-fault exit.
import { Mentorship, MentorshipPage } from '../../../contract/mentorship.js';
import { EndedMentorship, type EndMentorship } from '../../../contract/mentorship-end.js';
import type { CallOptions, EditOptions, MentoringApi } from '../../api.js';
import { pathId, type HttpTransport } from '../transport.js';

export const mentorshipOperations = (
  http: HttpTransport,
): Pick<MentoringApi, 'listMentorships' | 'getMentorship' | 'endMentorship'> => ({
  listMentorships: (options?: CallOptions) => http.read('/mentorships', MentorshipPage, options),
  getMentorship: (mentorshipId: string, options?: CallOptions) =>
    http.read(`/mentorships/${pathId(mentorshipId)}`, Mentorship, options),
  endMentorship: (mentorshipId: string, input: EndMentorship, options: EditOptions) =>
    http.edit('post', `/mentorships/${pathId(mentorshipId)}/end`, EndedMentorship, input, options),
});
