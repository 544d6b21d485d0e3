// The survey's classes and helpers, without registering any tag (see ./define.js).
export { MentorFeedbackSurvey } from './feedback-survey.component.js';
export { MentorSurveyResults } from './results/survey-results.component.js';
export { parseDefinition } from './survey-definition.js';
export { SurveyDefinitionError } from './survey-load.js';
export { answersToFormData } from './survey-form-value.js';
