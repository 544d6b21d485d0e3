import '../../../../src/components/feedback-survey/define.js';
import { lmsSurvey } from './definition.js';

document
  .querySelector('mentor-feedback-survey')!
  .setAttribute('definition', JSON.stringify(lmsSurvey));
