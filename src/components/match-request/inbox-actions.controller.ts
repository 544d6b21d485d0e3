// The mentor's answers, shown at once (optimistic) and rolled back with a clear message when the
// server refuses: 409 when the last spot was taken meanwhile, 412 when the request changed, or
// no connection. Keeps the inbox's requests and the mentor's load in one place.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MentoringApi } from '../../client/api.js';
import { ConflictError, ProblemError } from '../../client/errors.js';
import type { DeclineRequest, MatchRequest, MentorProfile } from '../../contract/index.js';
import { ProblemCode } from '../../contract/problem-codes.js';
import { OPEN_REQUEST_STATUSES, openSpots } from '../../contract/request-rules.js';

export type InboxAnswer =
  | { kind: 'accept' }
  | { kind: 'decline'; input: DeclineRequest }
  | { kind: 'ask'; question: string };

export interface InboxCounts {
  pending: number;
  needsInfo: number;
  open: number;
  spotsLeft: number;
}

export class InboxActionsController implements ReactiveController {
  items: MatchRequest[] = [];
  mentor: MentorProfile | null = null;
  /** What went wrong with one request's last answer. */
  readonly errors = new Map<string, unknown>();
  busy = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: {
      api: () => MentoringApi;
      /** Reload everything from the server (after a refusal). */
      reload: () => void;
      /** After a confirmed answer: announce it and tell the host page. */
      answered: (answer: InboxAnswer, request: MatchRequest) => void;
      changed: (counts: InboxCounts) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  load(items: MatchRequest[], mentor: MentorProfile | null): void {
    this.items = items;
    this.mentor = mentor;
    // A refusal stays readable after the reload it caused, while its request is still open.
    const open = new Set(this.open.map((r) => r.id));
    for (const id of [...this.errors.keys()]) if (!open.has(id)) this.errors.delete(id);
    this.hooks.changed(this.counts);
  }

  get counts(): InboxCounts {
    const pending = this.items.filter((r) => r.status === 'pending').length;
    const needsInfo = this.items.filter((r) => r.status === 'needs-info').length;
    return {
      pending,
      needsInfo,
      open: pending + needsInfo,
      spotsLeft: this.mentor ? openSpots(this.mentor) : 0,
    };
  }

  /** Open requests, the one waiting longest first. */
  get open(): MatchRequest[] {
    return this.items
      .filter((r) => OPEN_REQUEST_STATUSES.includes(r.status))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Answered or closed in the last 30 days, newest first. */
  get recent(): MatchRequest[] {
    const since = Date.now() - 30 * 86_400_000;
    return this.items
      .filter((r) => !OPEN_REQUEST_STATUSES.includes(r.status) && Date.parse(r.updatedAt) > since)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  setMentor(mentor: MentorProfile): void {
    this.mentor = mentor;
    this.hooks.changed(this.counts);
    this.host.requestUpdate();
  }

  async answer(request: MatchRequest, answer: InboxAnswer): Promise<boolean> {
    if (this.busy) return false;
    const before = { items: this.items, mentor: this.mentor };
    this.busy = request.id;
    this.errors.delete(request.id);
    this.items = this.items.map((r) => (r.id === request.id ? optimistic(r, answer) : r));
    if (answer.kind === 'accept' && this.mentor)
      this.mentor = { ...this.mentor, activeMentees: this.mentor.activeMentees + 1 };
    this.host.requestUpdate();
    try {
      const updated = await this.send(request, answer);
      this.items = this.items.map((r) => (r.id === updated.id ? updated : r));
      this.hooks.changed(this.counts);
      this.hooks.answered(answer, updated);
      return true;
    } catch (error) {
      this.items = before.items;
      this.mentor = before.mentor;
      this.errors.set(request.id, error);
      if (error instanceof ProblemError && error.code === ProblemCode.mentorFull && this.mentor)
        this.mentor = { ...this.mentor, activeMentees: this.mentor.capacity };
      // Stale (412), moved meanwhile or full: the inbox shows the server's truth again.
      if (error instanceof ConflictError) this.hooks.reload();
      return false;
    } finally {
      this.busy = '';
      this.host.requestUpdate();
    }
  }

  private send(request: MatchRequest, answer: InboxAnswer): Promise<MatchRequest> {
    const api = this.hooks.api();
    const options = { version: request.version };
    if (answer.kind === 'accept') return api.acceptRequest(request.id, options);
    if (answer.kind === 'decline') return api.declineRequest(request.id, answer.input, options);
    return api.askRequest(request.id, answer.question, options);
  }
}

function optimistic(request: MatchRequest, answer: InboxAnswer): MatchRequest {
  const at = new Date().toISOString();
  if (answer.kind === 'accept') return { ...request, status: 'accepted', updatedAt: at };
  if (answer.kind === 'decline')
    return {
      ...request,
      status: 'declined',
      decline: { reason: answer.input.reason, note: answer.input.note || null },
      updatedAt: at,
    };
  return {
    ...request,
    status: 'needs-info',
    thread: [
      ...request.thread,
      { authorId: request.mentorId, kind: 'question', text: answer.question, at },
    ],
  };
}
