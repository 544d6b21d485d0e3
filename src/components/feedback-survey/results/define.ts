// Registers <mentor-survey-results> (safe to load twice). The survey imports this module on
// demand, the first time it shows results, so answering pages never load the results code.
import { MentorSurveyResults } from './survey-results.component.js';
import { defineElement } from '../../../core/define.js';

defineElement('mentor-survey-results', MentorSurveyResults);
