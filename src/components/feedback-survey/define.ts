// Registers <mentor-feedback-survey> (safe to load twice). Import the class from ./index.js (or
// the *.component.js module) to extend it without registering. The results view registers
// itself when first shown (./results/define.js).
import { MentorFeedbackSurvey } from './feedback-survey.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { defineElement } from '../../core/define.js';

// The survey's requests and their schemas download while it paints its skeleton (src/core/README.md).
preloadOperations('people', 'surveys');

export { MentorFeedbackSurvey };
export const feedbackSurveyTag = 'mentor-feedback-survey';

defineElement(feedbackSurveyTag, MentorFeedbackSurvey);
// Types only (no code): the results view's tag stays in HTMLElementTagNameMap for TypeScript
// users of this entry, while its code loads on demand.
export type { MentorSurveyResults } from './results/survey-results.component.js';
