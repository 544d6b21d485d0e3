// The directory's saved mentors: kept in localStorage per user (two people sharing a browser keep
// their own), loaded for whoever is signed in, toggled from the cards and announced with
// `mentor-favourite-change`.
import type { ReactiveElement } from 'lit';
import { emit } from '../../core/events.js';
import { localStore } from '../../core/storage.js';

const favouritesKey = (userId: string) => `mentorkit:favourites:${userId}`;

export class FavouritesController {
  private _userId = 'anonymous';
  private _ids: ReadonlySet<string> = new Set<string>();

  // Needs no lifecycle hooks, so it is not registered with addController.
  constructor(private readonly host: ReactiveElement) {}

  /** Ids of the saved mentors. */
  get ids(): ReadonlySet<string> {
    return this._ids;
  }

  /** Show the saved mentors of `userId` (a stable id, or 'anonymous'). */
  load(userId: string): void {
    this._userId = userId;
    // Blocked storage or a corrupt entry: start empty rather than fail.
    const stored = localStore.read(favouritesKey(userId));
    const ids = Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : [];
    this._ids = new Set(ids);
    this.host.requestUpdate();
  }

  /** Save or unsave a mentor, remember it and tell the page. */
  toggle(mentorId: string): void {
    const next = new Set(this._ids);
    const favourite = !next.has(mentorId);
    if (favourite) next.add(mentorId);
    else next.delete(mentorId);
    this._ids = next;
    this.host.requestUpdate();
    localStore.write(favouritesKey(this._userId), [...next]);
    emit(this.host, 'mentor-favourite-change', { mentorId, favourite, favourites: [...next] });
  }
}
