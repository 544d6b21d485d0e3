// What the survey shows, loaded in one go: an inline definition, the survey by id, or the one
// due in a mentorship; and, when the person answered before, their answers (and the partner's).
import type { MentoringApi } from '../../client/api.js';
import { once } from '../../core/lazy.js';
import type { Me, Survey, SurveySubmission } from '../../contract/index.js';

export type FormView = typeof import('./feedback-survey-form.js');
/**
 * The answering view (the questions of every type, progress, pager): fetched while the skeleton
 * shows (issue #17), as soon as the survey turns out to be one to answer; not for a survey
 * already answered or not open.
 */
export const loadFormView = once(() => import('./feedback-survey-form.js'));

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
  /** The answering view, when the survey is open and not answered yet. */
  form?: FormView;
}

export interface LoadRequest {
  api: MentoringApi | undefined;
  surveyId: string | undefined;
  mentorshipId: string | undefined;
  definition: unknown;
  currentUser: () => Promise<Me>;
  /** Fetches the answered view (fetched with my answers when I answered before). */
  loadAnsweredView: () => Promise<unknown>;
  signal: AbortSignal;
}

/**
 * The survey, with the view its state needs: the answering view when it is to be answered,
 * the answered view when it was answered. Each starts as soon as the state is known.
 */
export async function loadSurvey(request: LoadRequest): Promise<Loaded> {
  const loaded = await loadParts(request);
  if (!loaded.mine && loaded.survey?.status === 'open') loaded.form = await loadFormView();
  return loaded;
}

async function loadParts(request: LoadRequest): Promise<Loaded> {
  const { api, surveyId, mentorshipId, definition, signal } = request;
  if (definition !== undefined && definition !== null && definition !== '') {
    // An inline survey is never answered before: its view comes alongside the definition's
    // check (one closed by its dates fetches it too; rare, and every open one saves a wait).
    loadFormView().catch(() => undefined); // awaited by loadSurvey
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
  if (survey && !survey.submitted && survey.status === 'open')
    loadFormView().catch(() => undefined); // awaited by loadSurvey
  if (!survey?.submitted) return { survey, mine: null, userId: me.person.id };
  // Already answered: the answered view comes with my answers, so nothing flashes.
  const [mine] = await Promise.all([
    api.getMySurveyResponse(survey.id, { signal }),
    request.loadAnsweredView().catch(() => undefined), // failed: the survey retries on render
  ]);
  return { survey, mine, userId: me.person.id };
}
