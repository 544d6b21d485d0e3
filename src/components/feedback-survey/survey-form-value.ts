// How a survey's answers take part in a host <form>. One documented encoding: one entry per
// answer named `<name>.<questionId>`; numbers as digits, yes/no as `yes`/`no`, multiple choice
// as one entry per chosen option, text as typed. Hidden and empty answers are left out. The
// browser's restore state (back/forward) is the answers as JSON.
import * as z from 'zod/mini';
import { AnswerValue, Id } from '../../contract/index.js';

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
