// The directory's results: the first page of the current query, later pages on demand (cursor
// pagination), and what the host must do when each arrives. Both loads are Tasks, so a new
// query aborts the page still loading and the host re-renders on every status change.
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Facets, MentorCard, MentorQuery } from '../../contract/index.js';
import type { MentoringApi } from '../../client/api.js';
import { assertOnline } from '../../core/connectivity.js';
import { isIgnorableError } from '../../core/errors-view.js';
import type { MoreView } from './directory-states.js';

export interface MentorSearchOptions {
  api: () => MentoringApi | undefined;
  /** Throws the "no API" error the widget shows. */
  requireApi: () => MentoringApi;
  request: () => MentorQuery | undefined;
  /** A first page arrived (total is the count of every match). */
  onFirstPage: (total: number) => void;
  /** A later page arrived; `loaded` cards of `total` are shown now. */
  onMorePage: (loaded: number, total: number) => void;
}

export class MentorSearchController {
  items: MentorCard[] = [];
  nextCursor: string | null = null;
  total = 0;
  facets?: Facets;

  readonly first: Task<readonly [MentoringApi | undefined, MentorQuery | undefined], unknown>;
  readonly more: Task<readonly [], void>;

  constructor(host: ReactiveControllerHost, options: MentorSearchOptions) {
    this.first = new Task(host, {
      task: async ([api, request], { signal }) => {
        this.more.abort();
        if (!api) options.requireApi();
        if (!request || !api) return undefined;
        assertOnline();
        const page = await api.searchMentors(request, { signal });
        this.items = page.items;
        this.nextCursor = page.nextCursor;
        this.total = page.total;
        this.facets = page.facets;
        options.onFirstPage(page.total);
        return page;
      },
      args: () => [options.api(), options.request()] as const,
    });

    this.more = new Task(host, {
      autoRun: false,
      args: () => [] as const,
      task: async (_args, { signal }) => {
        const api = options.requireApi();
        const cursor = this.nextCursor;
        const request = options.request();
        if (!cursor || !request) return;
        const page = await api.searchMentors({ ...request, cursor }, { signal });
        this.items = [...this.items, ...page.items];
        this.nextCursor = page.nextCursor;
        options.onMorePage(this.items.length, this.total);
      },
    });
  }

  /** Load the next page, if any; a page already loading is waited for, not asked twice. */
  async loadMore(): Promise<void> {
    if (!this.nextCursor || this.first.status !== TaskStatus.COMPLETE) return;
    if (this.more.status === TaskStatus.PENDING)
      return this.more.taskComplete.then(() => undefined);
    await this.more.run([]);
  }

  /** Resolves when the first page and any later page being loaded have settled. */
  async settled(): Promise<void> {
    await this.first.taskComplete.catch(() => undefined);
    if (this.more.status === TaskStatus.PENDING)
      await this.more.taskComplete.catch(() => undefined);
  }

  /** What the footer under the list shows: "show more", loading, a failed page, or "all shown". */
  moreView(pageSize: number): MoreView {
    const { more } = this;
    return {
      hasMore: Boolean(this.nextCursor),
      loaded: this.items.length,
      shown: this.total,
      pageSize,
      loading: more.status === TaskStatus.PENDING,
      failed: more.status === TaskStatus.ERROR && !isIgnorableError(more.error),
      error: more.error,
      onRetry: () => void more.run([]),
      onLoadMore: () => void this.loadMore(),
    };
  }
}
