// Registers <mentor-survey-results> (safe to load twice). The survey imports this module on
// demand, the first time it shows results, so answering pages never load the results code.
import { MentorSurveyResults } from './survey-results.component.js';

if (!customElements.get('mentor-survey-results'))
  customElements.define('mentor-survey-results', MentorSurveyResults);
