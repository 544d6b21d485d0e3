// How a survey's answers take part in a host <form>. One documented encoding: one entry per
// answer named `<name>.<questionId>`; numbers as digits, yes/no as `yes`/`no`, multiple choice
// as one entry per chosen option, text as typed. Hidden and empty answers are left out. The
// browser's restore state (back/forward) is the answers as JSON.
import * as z from 'zod/mini';
import { AnswerValue, Id } from '../../contract/index.js';
import type { FormControlController } from '../../core/form-control.js';
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

const RestoredAnswers = z.record(Id, AnswerValue);

/** Answers from a restore state, or undefined when it is not one of ours. */
export function answersFromState(state: unknown): Record<string, AnswerValue> | undefined {
  if (typeof state !== 'string') return undefined;
  try {
    const parsed = RestoredAnswers.safeParse(JSON.parse(state));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What the form sync needs of the answers being given. */
interface AnswersLike {
  answers: Record<string, AnswerValue>;
  toSend: Record<string, AnswerValue>;
  problems(): Array<{ id: string }>;
}

/**
 * Hands the host form the answers (or nothing, when not answering) and the validity: invalid
 * while a visible question needs attention, pointing the browser at that question's input.
 */
export function syncFormValue(
  form: FormControlController,
  root: ParentNode,
  options: { name: string; answers: AnswersLike | undefined },
): void {
  const { answers } = options;
  form.setValue(
    answers ? answersToFormData(options.name, answers.toSend) : null,
    JSON.stringify(answers?.answers ?? {}),
  );
  const problems = answers?.problems() ?? [];
  if (!answers || !problems.length) return form.clearValidity();
  const anchor =
    root.querySelector<HTMLElement>(`[data-question="${CSS.escape(problems[0]!.id)}"] input`) ??
    root.querySelector<HTMLElement>(`[data-question="${CSS.escape(problems[0]!.id)}"] textarea`) ??
    root.querySelector<HTMLElement>('.question input, .question textarea');
  const missing = problems.every((question) => answers.answers[question.id] === undefined);
  form.setValidity(
    missing ? { valueMissing: true } : { customError: true },
    copy.formValidity(problems.length),
    anchor ?? undefined,
  );
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
