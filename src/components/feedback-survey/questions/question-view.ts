// What every question renderer gets: the question, its current answer, how to describe and
// disable its inputs, and where to report a change.
import type { AnswerValue, Question } from '../../../contract/index.js';

export interface QuestionView<Q extends Question = Question> {
  question: Q;
  value: AnswerValue | undefined;
  /** Unique per question in the shadow root: input ids and the radio group name derive from it. */
  idBase: string;
  /** Ids of the help and error texts, for `aria-describedby`. */
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean;
  locale: string;
  onChange: (value: AnswerValue | undefined) => void;
}
