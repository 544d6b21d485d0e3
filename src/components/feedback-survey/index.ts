// The survey's classes and helpers, without registering any tag (see ./define.js).
export { MentorFeedbackSurvey } from './feedback-survey.component.js';
export { MentorSurveyResults } from './survey-results.component.js';
export { SurveyDefinitionError, parseDefinition } from './survey-definition.js';
export { answersToFormData } from './survey-form-value.js';
