// What the survey shows, loaded in one go: an inline definition, the survey by id, or the one
// due in a mentorship; and, when the person answered before, their answers (and the partner's).
import type { MentoringApi } from '../../client/api.js';
import type { Me, Survey, SurveySubmission } from '../../contract/index.js';

/** The survey set-up (attributes, definition) does not describe a survey this widget can show. */
export class SurveyDefinitionError extends Error {
  override name = 'SurveyDefinitionError';
}

export interface Loaded {
  /** Null when no survey is due. */
  survey: Survey | null;
  /** My answers when I had answered before. */
  mine: SurveySubmission | null;
  /** Whose draft this is ('guest' without an API). */
  userId: string;
}

export interface LoadRequest {
  api: MentoringApi | undefined;
  surveyId: string | undefined;
  mentorshipId: string | undefined;
  definition: unknown;
  currentUser: () => Promise<Me>;
  signal: AbortSignal;
}

export async function loadSurvey(request: LoadRequest): Promise<Loaded> {
  const { api, surveyId, mentorshipId, definition, signal } = request;
  if (definition !== undefined && definition !== null && definition !== '') {
    const { parseDefinition } = await import('./survey-definition.js');
    const survey = parseDefinition(definition);
    const me = api ? await request.currentUser().catch(() => undefined) : undefined;
    return { survey, mine: null, userId: me?.person.id ?? 'guest' };
  }
  if (!surveyId && !mentorshipId)
    throw new SurveyDefinitionError(
      'Give the survey a survey-id, a mentorship-id or a definition.',
    );
  if (!api) return { survey: null, mine: null, userId: 'guest' }; // the caller's requireApi throws first
  const me = await request.currentUser();
  const survey = surveyId
    ? await api.getSurvey(surveyId, { signal })
    : (await api.getDueSurvey(mentorshipId!, { signal })).survey;
  const mine = survey?.submitted ? await api.getMySurveyResponse(survey.id, { signal }) : null;
  return { survey, mine, userId: me.person.id };
}
