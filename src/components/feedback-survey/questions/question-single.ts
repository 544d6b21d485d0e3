// Single choice: one option among several, as radios.
import type { Question } from '../../../contract/index.js';
import { renderChoiceGroup } from './choice-group.js';
import type { QuestionView } from './question-view.js';

type Single = Extract<Question, { type: 'single' }>;

export function renderSingle(view: QuestionView<Single>) {
  return renderChoiceGroup(view, {
    choices: view.question.options.map((option) => ({
      key: option.value,
      value: option.value,
      label: option.label,
    })),
    variant: 'list',
  });
}
