// The request form's state: what the mentee typed, which fields they touched, the problems to show
// (the contract's own rules, then the server's field errors), the draft that keeps it all, and
// the value and validity a host <form> sees.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  Cadence,
  CreateRequest,
  FieldError,
  Me,
  MeetingFormat,
  MentorProfile,
} from '../../contract/index.js';
import { CADENCES, MEETING_FORMATS, REQUEST_LIMITS } from '../../contract/values.js';
import { requestDraftProblems } from '../../contract/request-rules.js';
import { DraftController, draftKey, type Draft } from '../../core/drafts.js';
import { draftProblemText } from './match-request-copy.js';

export interface RequestValues {
  message: string;
  goals: [string, string, string];
  expectations: string;
  cadence: Cadence | null;
  format: MeetingFormat | null;
  durationWeeks: number | null;
}

/** Fields that show their own message, keyed like the server's field error paths. */
export type RequestField =
  | 'message'
  | 'goals'
  | 'goals.0'
  | 'goals.1'
  | 'goals.2'
  | 'expectations'
  | 'preferences.durationWeeks'
  | 'preferences.cadence'
  | 'preferences.format';

/** The id of a field's control in the form (its message is `<id>-error`). */
export const fieldId = (field: RequestField) => `f-${field.replace(/\./g, '-')}`;

const FIELD_ORDER: RequestField[] = [
  'message',
  'goals',
  'goals.0',
  'goals.1',
  'goals.2',
  'expectations',
  'preferences.cadence',
  'preferences.format',
  'preferences.durationWeeks',
];

const isText = (value: unknown): value is string => typeof value === 'string';
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T | null =>
  value === null || list.includes(value as T);

/**
 * A draft read back from storage, if it still has the form's shape (written by an older version
 * or edited by hand: dropped). A plain check, so the form's first load carries no zod.
 */
export function storedValues(value: unknown): RequestValues | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { message, goals, expectations, cadence, format, durationWeeks } = value as Record<
    string,
    unknown
  >;
  const usable =
    isText(message) &&
    message.length <= REQUEST_LIMITS.messageMax * 2 &&
    Array.isArray(goals) &&
    goals.length === 3 &&
    goals.every(isText) &&
    isText(expectations) &&
    oneOf(CADENCES, cadence) &&
    oneOf(MEETING_FORMATS, format) &&
    (durationWeeks === null || typeof durationWeeks === 'number');
  if (!usable) return undefined;
  return {
    message,
    goals: [goals[0] as string, goals[1] as string, goals[2] as string],
    expectations,
    cadence,
    format,
    durationWeeks,
  };
}

export function emptyValues(): RequestValues {
  return {
    message: '',
    goals: ['', '', ''],
    expectations: '',
    cadence: null,
    format: null,
    durationWeeks: 12,
  };
}

/** A fresh form, prefilled from the mentee's profile goals and the mentor's usual way of meeting. */
export function prefilled(me: Me | undefined, mentor: MentorProfile | undefined): RequestValues {
  const goals = me?.mentee?.goals.slice(0, REQUEST_LIMITS.goalsMax) ?? [];
  return {
    ...emptyValues(),
    goals: [goals[0] ?? '', goals[1] ?? '', goals[2] ?? ''],
    cadence: mentor?.cadence ?? null,
    format: mentor?.formats[0] ?? null,
  };
}

export class RequestFormController implements ReactiveController {
  values: RequestValues = emptyValues();
  /** The draft that was restored and not yet discarded or edited away. */
  restored: Draft<RequestValues> | undefined;
  private touched = new Set<RequestField>();
  private submitted = false;
  private serverErrors = new Map<string, string>();

  readonly draft: DraftController<RequestValues>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly identity: () => { userId: string; mentorId: string } | undefined,
  ) {
    host.addController(this);
    this.draft = new DraftController<RequestValues>(host, {
      key: () => {
        const who = this.identity();
        return who ? draftKey(who.userId, 'request', who.mentorId) : undefined;
      },
      validate: storedValues,
      onRestore: (draft) => {
        this.values = draft.value;
        this.restored = draft;
        this.host.requestUpdate();
      },
    });
  }

  hostConnected(): void {}

  /** Start over for another mentor (or after sending): values, touched fields and errors. */
  reset(values: RequestValues): void {
    this.values = values;
    this.touched.clear();
    this.submitted = false;
    this.serverErrors.clear();
    this.restored = undefined;
    this.host.requestUpdate();
  }

  /** True once anything differs from an empty form (prefilling then leaves it alone). */
  get dirty(): boolean {
    return JSON.stringify(this.values) !== JSON.stringify(emptyValues());
  }

  /** The browser restores the form value (back/forward): the request JSON we set. */
  restoreFrom(state: string): void {
    try {
      const input = JSON.parse(state) as Partial<CreateRequest>;
      const goals = input.goals ?? [];
      this.values = {
        message: input.message ?? '',
        goals: [goals[0] ?? '', goals[1] ?? '', goals[2] ?? ''],
        expectations: input.expectations ?? '',
        cadence: input.preferences?.cadence ?? null,
        format: input.preferences?.format ?? null,
        durationWeeks: input.preferences?.durationWeeks ?? null,
      };
      this.host.requestUpdate();
    } catch {
      // not ours (an older value): keep what is there
    }
  }

  update(patch: Partial<RequestValues>): void {
    this.values = { ...this.values, ...patch };
    // A field the person changed no longer carries the server's old complaint about it.
    for (const key of Object.keys(patch)) {
      for (const path of [...this.serverErrors.keys()])
        if (path === key || path.startsWith(`${key}.`) || path === `preferences.${key}`)
          this.serverErrors.delete(path);
    }
    this.draft.save(this.values);
    this.host.requestUpdate();
  }

  updateGoal(index: number, text: string): void {
    const goals = [...this.values.goals] as RequestValues['goals'];
    goals[index] = text;
    this.update({ goals });
  }

  touch(field: RequestField): void {
    if (this.touched.has(field)) return;
    this.touched.add(field);
    this.host.requestUpdate();
  }

  discardDraft(fresh: RequestValues): void {
    this.draft.clear();
    this.reset(fresh);
  }

  /** Every problem the rules find now, by field. */
  get problems(): Map<RequestField, string> {
    const found = new Map<RequestField, string>();
    for (const problem of requestDraftProblems(this.values))
      if (!found.has(problem.field as RequestField))
        found.set(problem.field as RequestField, draftProblemText(problem));
    return found;
  }

  /** The message to show next to `field`: after it was touched or a submit was tried. */
  errorFor(field: RequestField): string | undefined {
    const server = this.serverErrors.get(field);
    if (server) return server;
    if (!this.submitted && !this.touched.has(field)) return undefined;
    return this.problems.get(field);
  }

  /** Fields showing a message, in the order they appear on screen. */
  get shownErrors(): RequestField[] {
    return FIELD_ORDER.filter((field) => this.errorFor(field) !== undefined);
  }

  /** Marks the form as submitted; true when the rules find nothing to fix. */
  trySubmit(): boolean {
    this.submitted = true;
    this.host.requestUpdate();
    return this.problems.size === 0;
  }

  /** The server's field errors land on the same fields; false when none matched a field. */
  applyServerErrors(errors: readonly FieldError[]): boolean {
    this.serverErrors.clear();
    for (const error of errors) {
      const field = FIELD_ORDER.find((candidate) => candidate === error.path);
      if (field) this.serverErrors.set(field, error.message);
    }
    this.host.requestUpdate();
    return this.serverErrors.size > 0;
  }

  /** The body to send: trimmed, blank goals dropped, unset preferences left out. */
  input(mentorId: string): CreateRequest {
    const v = this.values;
    const expectations = v.expectations.trim();
    return {
      mentorId,
      message: v.message.trim(),
      goals: v.goals.map((goal) => goal.trim()).filter(Boolean),
      ...(expectations ? { expectations } : {}),
      preferences: { cadence: v.cadence, format: v.format, durationWeeks: v.durationWeeks },
    };
  }
}
