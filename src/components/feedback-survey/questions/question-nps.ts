// Net promoter score: 0 to 10 as one row of radios, with the words for both ends.
import type { Question } from '../../../contract/index.js';
import { copy } from '../feedback-survey-copy.js';
import { renderChoiceGroup, withEnds } from './choice-group.js';
import type { QuestionView } from './question-view.js';

type Nps = Extract<Question, { type: 'nps' }>;

export function renderNps(view: QuestionView<Nps>) {
  const low = view.question.lowLabel ?? copy.npsLow();
  const high = view.question.highLabel ?? copy.npsHigh();
  const choices = Array.from({ length: 11 }, (_, score) => ({
    key: String(score),
    value: score,
    label: String(score),
  }));
  return renderChoiceGroup(view, {
    choices: withEnds(choices, low, high),
    variant: 'scale',
    ends: { low, high },
  });
}
