// Loaded on demand: the timeline of session recaps, newest first, a page at a time. Action items
// can be ticked off here too.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MentoringApi } from '../../client/api.js';
import type { ActionItem, Goal, Mentorship, Recap } from '../../contract/index.js';
import { formatCalendarDate, formatPercent } from '../../core/format.js';
import { renderError, renderSkeleton } from '../../core/task-view.js';
import { renderActionItemList, type ItemEditing } from './goal-tracker-action-items.js';

const PAGE = 5;

export class Timeline {
  recaps: Recap[] = [];
  nextCursor: string | null = null;
  loading = false;
  loaded = false;
  error: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: () => MentoringApi,
    private readonly mentorshipId: () => string,
  ) {}

  /** The first page again (after a recap was saved). */
  async reload(): Promise<void> {
    this.recaps = [];
    this.nextCursor = null;
    this.loaded = false;
    await this.more();
  }

  async more(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const page = await this.api().listRecaps(this.mentorshipId(), {
        limit: PAGE,
        ...(this.nextCursor ? { cursor: this.nextCursor } : {}),
      });
      this.recaps = [...this.recaps, ...page.items];
      this.nextCursor = page.nextCursor;
      this.loaded = true;
    } catch (error) {
      this.error = error;
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }
}

export interface TimelineView {
  timeline: Timeline;
  mentorship: Mentorship;
  goals: Goal[];
  locale: string;
  today: string;
  readonly: boolean;
  latest: (item: ActionItem) => ActionItem;
  toggle: (item: ActionItem, done: boolean) => void;
  editing: ItemEditing;
  close: () => void;
}

function author(view: TimelineView, id: string): string {
  const { mentorship } = view;
  return id === mentorship.menteeId
    ? mentorship.menteeName
    : id === mentorship.mentorId
      ? mentorship.mentorName
      : msg('Someone else');
}

export function renderTimeline(view: TimelineView): TemplateResult {
  const { timeline, locale } = view;
  const title = (goalId: string) =>
    view.goals.find((g) => g.id === goalId)?.title ?? msg('A removed goal');
  return html`<section class="timeline card stack" part="timeline" aria-labelledby="timeline-title">
    <div class="row spread">
      <h3 id="timeline-title">${msg('Session history')}</h3>
      <button type="button" class="button" @click=${view.close}>${msg('Close')}</button>
    </div>
    ${
      timeline.loaded && timeline.recaps.length === 0
        ? html`<p class="muted">${msg('No sessions recorded yet.')}</p>`
        : nothing
    }
    <ol class="recaps">
      ${timeline.recaps.map(
        (recap) =>
          html`<li class="recap-entry" aria-labelledby="recap-${recap.id}">
            <h4 id="recap-${recap.id}">
              ${formatCalendarDate(recap.sessionDate, locale, { dateStyle: 'full' })}
            </h4>
            <p class="small muted">${msg(str`Recorded by ${author(view, recap.authorId)}`)}</p>
            ${recap.notes ? html`<p class="recap-notes">${recap.notes}</p>` : nothing}
            ${
              recap.goalUpdates.length > 0
                ? html`<ul class="small">
                    ${recap.goalUpdates.map(
                      (u) =>
                        html`<li>
                          ${title(u.goalId)}: ${formatPercent(u.progress / 100, locale)}
                        </li>`,
                    )}
                  </ul>`
                : nothing
            }
            ${
              recap.actionItems.length > 0
                ? renderActionItemList({
                    items: recap.actionItems.map(view.latest),
                    locale,
                    today: view.today,
                    readonly: view.readonly,
                    label: msg('Action items from this session'),
                    toggle: view.toggle,
                    idPrefix: `tl-${recap.id}`,
                    editing: view.editing,
                  })
                : nothing
            }
          </li>`,
      )}
    </ol>
    ${timeline.loading ? renderSkeleton({ lines: 2 }) : nothing}
    ${timeline.error ? renderError(timeline.error, () => void timeline.more()) : nothing}
    ${
      timeline.nextCursor && !timeline.loading
        ? html`<button
            type="button"
            class="button"
            part="load-more"
            @click=${() => void timeline.more()}
          >
            ${msg('Show earlier sessions')}
          </button>`
        : nothing
    }
  </section>`;
}
