// Survey definitions, responses, the survey due now and the results (<mentor-feedback-survey>).
import {
  DueSurvey,
  Survey,
  SurveyResults,
  SurveySubmission,
  type SubmitSurveyResponse,
} from '../../../contract/survey.js';
import type { CallOptions, CreateOptions, MentoringApi } from '../../api.js';
import { pathId, type HttpTransport } from '../transport.js';

type SurveyOperation =
  'getSurvey' | 'submitSurvey' | 'getMySurveyResponse' | 'getDueSurvey' | 'getSurveyResults';

export const surveyOperations = (http: HttpTransport): Pick<MentoringApi, SurveyOperation> => ({
  getSurvey: (surveyId: string, options?: CallOptions) =>
    http.read(`/surveys/${pathId(surveyId)}`, Survey, options),
  submitSurvey: (surveyId: string, input: SubmitSurveyResponse, options?: CreateOptions) =>
    http.create(`/surveys/${pathId(surveyId)}/responses`, SurveySubmission, input, options),
  getMySurveyResponse: (surveyId: string, options?: CallOptions) =>
    http.read(`/surveys/${pathId(surveyId)}/responses/mine`, SurveySubmission, options),
  getDueSurvey: (mentorshipId: string, options?: CallOptions) =>
    http.read(`/mentorships/${pathId(mentorshipId)}/due-survey`, DueSurvey, options),
  getSurveyResults: (surveyId: string, options?: CallOptions) =>
    http.read(`/surveys/${pathId(surveyId)}/results`, SurveyResults, options),
});
