// Survey definitions and responses (<mentor-feedback-survey>).
import { Survey, SurveySubmission, type SubmitSurveyResponse } from '../../../contract/survey.js';
import type { CallOptions, CreateOptions, MentoringApi } from '../../api.js';
import { pathId, type HttpTransport } from '../transport.js';

export const surveyOperations = (
  http: HttpTransport,
): Pick<MentoringApi, 'getSurvey' | 'submitSurvey'> => ({
  getSurvey: (surveyId: string, options?: CallOptions) =>
    http.read(`/surveys/${pathId(surveyId)}`, Survey, options),
  submitSurvey: (surveyId: string, input: SubmitSurveyResponse, options?: CreateOptions) =>
    http.create(`/surveys/${pathId(surveyId)}/responses`, SurveySubmission, input, options),
});
