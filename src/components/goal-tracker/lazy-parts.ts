// The parts not needed for the first paint: the view of the loaded tracker (fetched with the
// goals), the goal form (asked for with the goals when they may be edited), and on first use the
// recap form, the session timeline, the conflict view, the mentor's send-back note and the action
// item editor. Each import happens once; the host re-renders when it arrives.
import type { ReactiveControllerHost } from 'lit';
import { draftKey } from '../../core/drafts.js';
import { once } from '../../core/lazy.js';
import type { MentoringApi } from '../../client/api.js';
import type { RecapForm, RecapFormOptions } from './goal-tracker-recap.js';
import type { Timeline } from './goal-tracker-timeline.js';
import type { SendBackController, SendBackOptions } from './goal-tracker-send-back.js';

type RecapModule = typeof import('./goal-tracker-recap.js');
type TimelineModule = typeof import('./goal-tracker-timeline.js');
type ConflictModule = typeof import('./goal-tracker-conflict.js');
export type FormPart = typeof import('./goal-form-part.js');
type SendBackModule = typeof import('./goal-tracker-send-back.js');
type ItemEditorModule = typeof import('./goal-tracker-item-editor.js');

export type View = typeof import('./goal-tracker-view.js');
/** The view of a loaded tracker (./goal-tracker-view.ts): fetched with the goals. */
export const loadView = once(() => import('./goal-tracker-view.js'));

/** Where an action item edit in progress is kept (one per user and mentorship). */
export const itemDraftKey = (userId: string, mentorshipId: string) =>
  draftKey(userId, 'action-item-edit', mentorshipId);

export interface Parts {
  form?: FormPart;
  recap?: RecapModule;
  timeline?: TimelineModule & { timeline: Timeline };
  conflict?: ConflictModule;
  sendBack?: SendBackModule;
  itemEditor?: ItemEditorModule;
}

export class LazyParts {
  readonly parts: Parts = {};
  private loading = new Map<keyof Parts, Promise<unknown>>();
  private recap: RecapForm | undefined;
  /** The mentor's send-back note, once its part loaded (first "Send back"). */
  sendBack: SendBackController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & {
      readonly mentorshipId: string;
      readonly api: MentoringApi | undefined;
    },
  ) {}

  async get<K extends keyof Parts>(name: K): Promise<NonNullable<Parts[K]>> {
    if (!this.loading.has(name)) {
      const loading = this.import(name);
      this.loading.set(name, loading);
      loading.catch(() => this.loading.delete(name)); // offline: the next need tries again
    }
    await this.loading.get(name);
    this.host.requestUpdate();
    return this.parts[name]!;
  }

  /** Waits for every part asked for so far (a failed load is the caller's to report). */
  async settled(): Promise<void> {
    await Promise.allSettled(this.loading.values());
  }

  private async import(name: keyof Parts): Promise<void> {
    if (name === 'form') this.parts.form = await import('./goal-form-part.js');
    if (name === 'recap') this.parts.recap = await import('./goal-tracker-recap.js');
    if (name === 'conflict') this.parts.conflict = await import('./goal-tracker-conflict.js');
    if (name === 'sendBack') this.parts.sendBack = await import('./goal-tracker-send-back.js');
    if (name === 'itemEditor')
      this.parts.itemEditor = await import('./goal-tracker-item-editor.js');
    if (name === 'timeline') {
      const module = await import('./goal-tracker-timeline.js');
      const timeline = new module.Timeline(
        this.host,
        () => {
          const api = this.host.api;
          if (!api) throw new Error('No API');
          return api;
        },
        () => this.host.mentorshipId,
      );
      this.parts.timeline = { ...module, timeline };
    }
  }

  /** Loads the send-back note and opens it for `goalId`. */
  async openSendBack(options: SendBackOptions, goal: Parameters<SendBackController['open']>[0]) {
    const parts = await this.get('sendBack');
    this.sendBack ??= new parts.SendBackController(this.host, options);
    this.sendBack.open(goal);
  }

  /** The one recap form of this tracker (its draft survives closing and reopening). */
  recapForm(options: RecapFormOptions): RecapForm {
    this.recap ??= new this.parts.recap!.RecapForm(this.host, options);
    return this.recap;
  }
}
