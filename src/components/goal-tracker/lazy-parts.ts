// The parts not needed for the first paint, loaded on first use: the goal form (asked for with
// the goals when they may be edited), the recap form, the session timeline and the conflict view. Each import happens once; the host re-renders when it arrives.
import type { ReactiveControllerHost } from 'lit';
import type { MentoringApi } from '../../client/api.js';
import type { RecapForm, RecapFormOptions } from './goal-tracker-recap.js';
import type { Timeline } from './goal-tracker-timeline.js';

type RecapModule = typeof import('./goal-tracker-recap.js');
type TimelineModule = typeof import('./goal-tracker-timeline.js');
type ConflictModule = typeof import('./goal-tracker-conflict.js');
export type FormPart = typeof import('./goal-form-part.js');

export interface Parts {
  form?: FormPart;
  recap?: RecapModule;
  timeline?: TimelineModule & { timeline: Timeline };
  conflict?: ConflictModule;
}

export class LazyParts {
  readonly parts: Parts = {};
  private loading = new Map<keyof Parts, Promise<unknown>>();
  private recap: RecapForm | undefined;

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

  /** The one recap form of this tracker (its draft survives closing and reopening). */
  recapForm(options: RecapFormOptions): RecapForm {
    this.recap ??= new this.parts.recap!.RecapForm(this.host, options);
    return this.recap;
  }
}
