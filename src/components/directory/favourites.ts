// Saved mentors, kept in localStorage per user so two people sharing a browser keep their own.
const PREFIX = 'mentorkit:favourites:';

export function loadFavourites(userId: string): Set<string> {
  try {
    const raw = localStorage.getItem(PREFIX + userId);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return new Set(
      Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [],
    );
  } catch {
    // Storage blocked (privacy mode, sandboxed iframe) or corrupt: start empty rather than fail.
    return new Set();
  }
}

export function saveFavourites(userId: string, favourites: ReadonlySet<string>): void {
  try {
    localStorage.setItem(PREFIX + userId, JSON.stringify([...favourites]));
  } catch {
    // Not persisted when storage is unavailable; the in-page state still works.
  }
}
