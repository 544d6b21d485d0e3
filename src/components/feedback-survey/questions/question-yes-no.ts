// Yes/no: two radios side by side.
import type { Question } from '../../../contract/index.js';
import { copy } from '../feedback-survey-copy.js';
import { renderChoiceGroup } from './choice-group.js';
import type { QuestionView } from './question-view.js';

type YesNo = Extract<Question, { type: 'yes-no' }>;

export function renderYesNo(view: QuestionView<YesNo>) {
  return renderChoiceGroup(view, {
    choices: [
      { key: 'yes', value: true, label: copy.yes() },
      { key: 'no', value: false, label: copy.no() },
    ],
    variant: 'pair',
  });
}
