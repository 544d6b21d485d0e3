// Rating: a labelled scale (1..scale), as radios; labels per point when the definition has them.
import type { Question } from '../../../contract/index.js';
import { renderChoiceGroup, withEnds, type Choice } from './choice-group.js';
import type { QuestionView } from './question-view.js';

type Rating = Extract<Question, { type: 'rating' }>;

export function renderRating(view: QuestionView<Rating>) {
  const { question } = view;
  const labelled = Boolean(question.labels?.length);
  const choices: Choice[] = Array.from({ length: question.scale }, (_, index) => ({
    key: String(index + 1),
    value: index + 1,
    label: question.labels?.[index] ?? String(index + 1),
  }));
  return renderChoiceGroup(view, {
    choices: labelled ? choices : withEnds(choices, question.lowLabel, question.highLabel),
    variant: labelled ? 'list' : 'scale',
    ends:
      !labelled && (question.lowLabel || question.highLabel)
        ? { low: question.lowLabel ?? '', high: question.highLabel ?? '' }
        : undefined,
  });
}
