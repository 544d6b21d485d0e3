// Safe localStorage: access can throw (storage blocked in private mode or sandboxed iframes) and
// writes can fail (quota). What widgets keep there (drafts, favourites) is a convenience, so every
// failure becomes "nothing stored" and the widget keeps working.

/** The page's localStorage, or undefined when the browser refuses access. */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** JSON values in a Storage, with every storage and parse error swallowed. */
export class SafeStorage {
  /** @param storage Where to keep values (default: the page's localStorage, looked up per call). */
  constructor(private readonly storage: () => Storage | undefined = browserStorage) {}

  /** The stored value, or undefined when missing, unreadable, corrupt or storage is unavailable. */
  read(key: string): unknown {
    let raw: string | null | undefined;
    try {
      raw = this.storage()?.getItem(key);
    } catch {
      return undefined;
    }
    if (raw == null) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Stores `value` as JSON; false when it could not be kept (no storage, quota exceeded). */
  write(key: string, value: unknown): boolean {
    try {
      const storage = this.storage();
      if (!storage) return false;
      storage.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  }

  remove(key: string): void {
    try {
      this.storage()?.removeItem(key);
    } catch {
      // nothing to do: the entry is gone or was never kept
    }
  }
}

/** The page's localStorage through SafeStorage. */
export const localStore = new SafeStorage();
