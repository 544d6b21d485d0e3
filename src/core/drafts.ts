// Nothing a person typed is lost: drafts are kept in localStorage per user and object, saved a
// moment after each change, restored when the widget comes back, and removed only after the
// server confirmed the save. Storage can be missing or full (private mode, quota): drafts then
// silently stop being kept; the widget keeps working.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Debouncer } from './debounce.js';
import { localStore, SafeStorage } from './storage.js';

const FORMAT_VERSION = 1;
const PREFIX = 'mentorkit:draft';

/** `mentorkit:draft:<userId>:<kind>:<objectId>`, e.g. `mentorkit:draft:u42:request:m17`. */
export function draftKey(userId: string, kind: string, objectId: string): string {
  return [PREFIX, ...[userId, kind, objectId].map(encodeURIComponent)].join(':');
}

export interface Draft<T> {
  value: T;
  savedAt: Date;
}

interface StoredDraft {
  v: number;
  savedAt: string;
  value: unknown;
}

/** Reads and writes one draft. Every storage error is swallowed: a draft is a convenience. */
export class DraftStore<T> {
  private readonly storage: SafeStorage;

  constructor(
    readonly key: string,
    private readonly options: {
      storage?: Storage | undefined;
      /** Check a restored value; return undefined to reject it (e.g. a zod `safeParse`). */
      validate?: (value: unknown) => T | undefined;
    } = {},
  ) {
    this.storage = 'storage' in options ? new SafeStorage(() => options.storage) : localStore;
  }

  read(): Draft<T> | undefined {
    const draft = asDraft(this.storage.read(this.key));
    const value =
      draft && (this.options.validate ? this.options.validate(draft.value) : draft.value);
    if (!draft || value === undefined) {
      this.remove(); // unreadable (corrupt, older format, failed validation): drop it
      return undefined;
    }
    return { value: value as T, savedAt: new Date(draft.savedAt) };
  }

  /** Returns false when the draft could not be kept (no storage, quota exceeded). */
  write(value: T, savedAt = new Date()): boolean {
    const stored: StoredDraft = { v: FORMAT_VERSION, savedAt: savedAt.toISOString(), value };
    return this.storage.write(this.key, stored);
  }

  remove(): void {
    this.storage.remove(this.key);
  }
}

function asDraft(data: unknown): StoredDraft | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const draft = data as Partial<StoredDraft>;
  const valid =
    draft.v === FORMAT_VERSION &&
    typeof draft.savedAt === 'string' &&
    !Number.isNaN(Date.parse(draft.savedAt)) &&
    'value' in draft;
  return valid ? (draft as StoredDraft) : undefined;
}

export interface DraftControllerOptions<T> {
  /** The draft's key, or undefined while it is not known yet (e.g. before the user loaded). */
  key: () => string | undefined;
  /** Called with a saved draft when the host connects or the key becomes known. */
  onRestore?: (draft: Draft<T>) => void;
  /** Milliseconds of quiet before saving (default 500). */
  delay?: number;
  storage?: Storage;
  validate?: (value: unknown) => T | undefined;
}

/**
 * Autosaves a widget's draft. Call `save(value)` on every change; it is written after `delay`
 * ms of quiet, and at once when the widget disconnects. Call `clear()` only after the server
 * confirmed the save; a failed submit keeps the draft.
 */
export class DraftController<T> implements ReactiveController {
  private readonly debouncer: Debouncer;
  private pending: { key: string; value: T } | undefined;
  private restoredKey: string | undefined;
  /** When the draft was last written (or restored); undefined when there is none. */
  savedAt: Date | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftControllerOptions<T>,
  ) {
    this.debouncer = new Debouncer(options.delay ?? 500);
    host.addController(this);
  }

  hostConnected(): void {
    this.restore();
  }

  hostUpdate(): void {
    // The key can appear later (user loaded); restore once per key.
    if (this.options.key() !== this.restoredKey) this.restore();
  }

  hostDisconnected(): void {
    this.flush();
  }

  /** Reads the saved draft (if any) and hands it to `onRestore`. */
  restore(): Draft<T> | undefined {
    const key = this.options.key();
    this.restoredKey = key;
    if (!key) return undefined;
    const draft = this.store(key).read();
    this.savedAt = draft?.savedAt;
    if (draft) this.options.onRestore?.(draft);
    return draft;
  }

  /** Schedules a save of `value` (debounced). */
  save(value: T): void {
    const key = this.options.key();
    if (!key) return;
    this.pending = { key, value };
    this.debouncer.schedule(() => this.flush());
  }

  /** Writes a scheduled save now. */
  flush(): void {
    this.debouncer.cancel();
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    const savedAt = new Date();
    if (this.store(pending.key).write(pending.value, savedAt)) {
      this.savedAt = savedAt;
      this.host.requestUpdate();
    }
  }

  /** Forgets the draft. Call only once the server confirmed the save. */
  clear(): void {
    this.debouncer.cancel();
    this.pending = undefined;
    const key = this.options.key();
    if (key) this.store(key).remove();
    this.savedAt = undefined;
    this.host.requestUpdate();
  }

  private store(key: string): DraftStore<T> {
    return new DraftStore<T>(key, {
      ...('storage' in this.options ? { storage: this.options.storage } : {}),
      ...(this.options.validate ? { validate: this.options.validate } : {}),
    });
  }
}
