// The browser's online/offline state, for every widget that loads data: an offline banner needs
// it, a load should not even be tried without a connection, and a load that failed while offline
// should run again as soon as the connection is back.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { NetworkError } from '../client/errors.js';

/** The browser says it has no connection; no request was sent. */
export class OfflineError extends NetworkError {
  override name = 'OfflineError';
}

/** Throws OfflineError when the browser knows it has no connection (call before a request). */
export function assertOnline(): void {
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    throw new OfflineError(msg('You are offline'));
}

/** The failure is (most likely) the missing connection rather than the server. */
export function isOfflineError(error: unknown): boolean {
  return (
    error instanceof OfflineError ||
    (error instanceof NetworkError &&
      typeof navigator !== 'undefined' &&
      navigator.onLine === false)
  );
}

export class ConnectivityController implements ReactiveController {
  private _offline = typeof navigator !== 'undefined' && navigator.onLine === false;

  /** @param onOnline Called after the connection comes back (e.g. to retry a failed search). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onOnline: () => void,
  ) {
    host.addController(this);
  }

  /** The browser reported that it lost its connection (and has not reported it back yet). */
  get offline(): boolean {
    return this._offline;
  }

  hostConnected(): void {
    window.addEventListener('online', this._handleOnline);
    window.addEventListener('offline', this._handleOffline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this._handleOnline);
    window.removeEventListener('offline', this._handleOffline);
  }

  private _set(offline: boolean) {
    if (offline === this._offline) return;
    this._offline = offline;
    this.host.requestUpdate();
  }

  private _handleOnline = () => {
    this._set(false);
    this.onOnline();
  };

  private _handleOffline = () => {
    this._set(true);
  };
}
