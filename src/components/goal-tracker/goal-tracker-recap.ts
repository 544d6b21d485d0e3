// Loaded on demand: the session recap form. It opens with the open action items from earlier
// sessions to review (tick them off here), then the date, notes, new action items (owner and due
// date) and a progress update for each goal set by hand. Kept as a draft until saved; a retry of
// the same submit reuses its idempotency key.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MentoringApi } from '../../client/api.js';
import { ProblemError } from '../../client/errors.js';
import type { ActionItem, ActionOwner, Goal, Recap } from '../../contract/index.js';
import { CreateRecap } from '../../contract/goal.js';
import { progressSource } from '../../contract/goal-progress.js';
import { DraftController, draftKey } from '../../core/drafts.js';
import { formatPercent } from '../../core/format.js';
import { renderError } from '../../core/task-view.js';
import { renderActionItemList, type ItemEditing } from './goal-tracker-action-items.js';
import { fieldMessage } from './goal-tracker-copy.js';
import { inputValue, renderField } from './goal-tracker-fields.js';
import { renderOwnerSelect } from './goal-tracker-owner-select.js';

interface ItemDraft {
  text: string;
  owner: ActionOwner;
  dueDate: string;
}

export interface RecapDraft {
  sessionDate: string;
  notes: string;
  items: ItemDraft[];
  /** Goal id -> progress typed, for goals set by hand. */
  progress: Record<string, string>;
}

export interface RecapFormOptions {
  api: () => MentoringApi;
  mentorshipId: () => string;
  userId: () => string | undefined;
  today: () => string;
  goals: () => Goal[];
  saved: (recap: Recap) => void;
}

const newKey = () => globalThis.crypto?.randomUUID?.() ?? `recap-${Date.now()}`;

export class RecapForm {
  draft: RecapDraft;
  errors: Record<string, string> = {};
  submitError: unknown;
  submitting = false;
  private key = newKey();
  private readonly drafts: DraftController<RecapDraft>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RecapFormOptions,
  ) {
    this.draft = this.fresh();
    this.drafts = new DraftController<RecapDraft>(host, {
      key: () => {
        const user = options.userId();
        return user ? draftKey(user, 'recap', options.mentorshipId()) : undefined;
      },
      onRestore: ({ value }) => {
        this.draft = value;
      },
      validate: (value) =>
        value && typeof value === 'object' && 'sessionDate' in value
          ? (value as RecapDraft)
          : undefined,
    });
  }

  private fresh(): RecapDraft {
    const progress: Record<string, string> = {};
    for (const goal of this.options.goals())
      if (!goal.archivedAt && progressSource(goal) === 'manual')
        progress[goal.id] = String(goal.progress);
    return { sessionDate: this.options.today(), notes: '', items: [], progress };
  }

  set(path: string, value: string | boolean): void {
    const next = structuredClone(this.draft);
    const [head, index, key] = path.split('.');
    if (head === 'items')
      (next.items[Number(index)] as unknown as Record<string, unknown>)[key!] = value;
    else if (head === 'progress') next.progress[index!] = String(value);
    else (next as unknown as Record<string, unknown>)[head!] = value;
    this.draft = next;
    delete this.errors[path];
    this.drafts.save(this.draft);
    this.host.requestUpdate();
  }

  addItem(owner: ActionOwner): void {
    this.draft = { ...this.draft, items: [...this.draft.items, { text: '', owner, dueDate: '' }] };
    this.drafts.save(this.draft);
    this.host.requestUpdate();
  }

  removeItem(index: number): void {
    this.draft = { ...this.draft, items: this.draft.items.filter((_, i) => i !== index) };
    this.drafts.save(this.draft);
    this.host.requestUpdate();
  }

  async submit(): Promise<Recap | undefined> {
    const goalUpdates = Object.entries(this.draft.progress).map(([goalId, text]) => ({
      goalId,
      progress: text.trim() === '' ? Number.NaN : Number(text),
    }));
    const candidate = {
      sessionDate: this.draft.sessionDate,
      notes: this.draft.notes,
      actionItems: this.draft.items.map((item) => ({
        text: item.text,
        owner: item.owner,
        dueDate: item.dueDate || null,
      })),
      goalUpdates,
    };
    this.errors = {};
    this.submitError = undefined;
    const parsed = CreateRecap.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const mapped = path
          .replace(/^actionItems/, 'items')
          .replace(
            /^goalUpdates\.(\d+)\.progress$/,
            (_, i: string) => `progress.${goalUpdates[Number(i)]!.goalId}`,
          );
        this.errors[mapped] ??= fieldMessage(path);
      }
      this.host.requestUpdate();
      return undefined;
    }
    this.submitting = true;
    this.host.requestUpdate();
    try {
      const recap = await this.options
        .api()
        .createRecap(this.options.mentorshipId(), parsed.data, { idempotencyKey: this.key });
      this.drafts.clear();
      this.key = newKey();
      this.draft = this.fresh();
      this.options.saved(recap);
      return recap;
    } catch (error) {
      if (error instanceof ProblemError && error.fieldErrors.length > 0)
        for (const field of error.fieldErrors)
          this.errors[field.path.replace(/^actionItems/, 'items')] = field.message;
      else this.submitError = error;
      return undefined;
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }
}

export interface RecapView {
  form: RecapForm;
  goals: Goal[];
  openItems: ActionItem[];
  locale: string;
  today: string;
  toggle: (item: ActionItem, done: boolean) => void;
  editing: ItemEditing;
  close: () => void;
}

export function renderRecapForm(view: RecapView): TemplateResult {
  const { form, locale } = view;
  const { draft, errors } = form;
  const goals = view.goals.filter((g) => !g.archivedAt);
  return html`<form
    class="recap card stack"
    part="recap-form"
    novalidate
    aria-labelledby="recap-title"
    @input=${(e: Event) => {
      const change = inputValue(e);
      if (change) form.set(change.path, change.value);
    }}
    @submit=${(e: Event) => {
      e.preventDefault();
      void form.submit();
    }}
  >
    <h3 id="recap-title">${msg('Record a session')}</h3>
    <section class="stack" aria-labelledby="review-title">
      <h4 id="review-title">${msg('First, review the open action items')}</h4>
      ${
        view.openItems.length > 0
          ? renderActionItemList({
              items: view.openItems,
              locale,
              today: view.today,
              readonly: false,
              label: msg('Open action items from earlier sessions'),
              toggle: view.toggle,
              idPrefix: 'review',
              editing: view.editing,
            })
          : html`<p class="muted">${msg('Nothing left open from earlier sessions.')}</p>`
      }
    </section>
    ${renderField({ path: 'sessionDate', label: msg('Session date'), value: draft.sessionDate, type: 'date', error: errors['sessionDate'], required: true })}
    ${renderField({ path: 'notes', label: msg('Notes'), hint: msg('What you discussed and agreed.'), value: draft.notes, type: 'textarea', maxlength: 8000, error: errors['notes'] })}
    <fieldset class="parts">
      <legend class="label">${msg('New action items')}</legend>
      <ol class="part-rows">
        ${draft.items.map(
          (item, i) =>
            html`<li class="part-row">
              ${renderField({ path: `items.${i}.text`, label: msg(str`Action item ${i + 1}`), value: item.text, error: errors[`items.${i}.text`], maxlength: 300 })}
              ${renderOwnerSelect(`owner-${i}`, `items.${i}.owner`, item.owner)}
              ${renderField({ path: `items.${i}.dueDate`, label: msg('Due date'), value: item.dueDate, type: 'date', error: errors[`items.${i}.dueDate`] })}
              <button
                type="button"
                class="button link"
                aria-label=${msg(str`Remove action item ${i + 1}`)}
                @click=${() => form.removeItem(i)}
              >
                ${msg('Remove')}
              </button>
            </li>`,
        )}
      </ol>
      <button type="button" class="button" @click=${() => form.addItem('mentee')}>
        ${msg('Add action item')}
      </button>
    </fieldset>
    ${
      goals.length > 0
        ? html`<fieldset class="parts">
            <legend class="label">${msg('Progress per goal')}</legend>
            ${goals.map((goal) =>
              goal.id in draft.progress
                ? renderField({
                    path: `progress.${goal.id}`,
                    label: goal.title,
                    value: draft.progress[goal.id] ?? '',
                    type: 'number',
                    min: '0',
                    max: '100',
                    step: '1',
                    hint: msg('Percent, set by hand.'),
                    error: errors[`progress.${goal.id}`],
                  })
                : html`<p class="small">
                    ${goal.title}: ${formatPercent(goal.progress / 100, locale)}
                    <span class="muted">${msg('(from its milestones or key results)')}</span>
                  </p>`,
            )}
          </fieldset>`
        : nothing
    }
    ${form.submitError ? renderError(form.submitError, () => void form.submit()) : nothing}
    <div class="row">
      <button type="submit" class="button primary" ?disabled=${form.submitting}>
        ${form.submitting ? msg('Saving…') : msg('Save recap')}
      </button>
      <button type="button" class="button" @click=${view.close}>${msg('Close')}</button>
    </div>
  </form>`;
}
