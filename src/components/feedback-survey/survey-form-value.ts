// How a survey's answers take part in a host <form>. One documented encoding: one entry per
// answer named `<name>.<questionId>`; numbers as digits, yes/no as `yes`/`no`, multiple choice
// as one entry per chosen option, text as typed. Hidden and empty answers are left out. The
// browser's restore state (back/forward) is the answers as JSON.
import type { AnswerValue } from '../../contract/index.js';
import type { FormInvalidity } from '../../core/form-control.js';
import { copy } from './feedback-survey-copy.js';

export function answersToFormData(name: string, answers: Record<string, AnswerValue>): FormData {
  const data = new FormData();
  for (const [id, value] of Object.entries(answers)) {
    const key = `${name}.${id}`;
    if (Array.isArray(value)) for (const item of value) data.append(key, item);
    else if (typeof value === 'boolean') data.append(key, value ? 'yes' : 'no');
    else if (value !== null) data.append(key, String(value));
  }
  return data;
}

// A hand-written check (not the contract's zod schema) keeps zod out of the first load; the
// server checks every answer again anyway.
const isAnswer = (value: unknown): value is AnswerValue =>
  value === null ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  typeof value === 'string' ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/** Answers from a restore state, or undefined when it is not one of ours. */
export function answersFromState(state: unknown): Record<string, AnswerValue> | undefined {
  if (typeof state !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(state);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    return Object.values(parsed).every(isAnswer)
      ? (parsed as Record<string, AnswerValue>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** What the host form needs of the answers being given. */
interface AnswersLike {
  answers: Record<string, AnswerValue>;
  problems(): Array<{ id: string }>;
}

/**
 * Invalid while a visible question needs attention (valueMissing when all are unanswered), with
 * the browser pointed at that question's input.
 */
export function formInvalidity(root: ParentNode, answers: AnswersLike): FormInvalidity | null {
  const problems = answers.problems();
  if (!problems.length) return null;
  const first = `[data-question="${CSS.escape(problems[0]!.id)}"]`;
  const anchor =
    root.querySelector<HTMLElement>(`${first} input, ${first} textarea`) ??
    root.querySelector<HTMLElement>('.question input, .question textarea');
  const missing = problems.every((question) => answers.answers[question.id] === undefined);
  return {
    flags: missing ? { valueMissing: true } : { customError: true },
    message: copy.formValidity(problems.length),
    anchor,
  };
}

/** Focus the chosen (or first) input of a question, or the element itself. */
export function focusIn(root: ParentNode, selector: string, input: boolean): void {
  const target = root.querySelector<HTMLElement>(selector);
  const field = input
    ? (target?.querySelector<HTMLElement>('input:checked, textarea, input:not([type="radio"])') ??
      target?.querySelector<HTMLElement>('input'))
    : target;
  field?.focus();
}
