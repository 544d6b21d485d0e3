// Follows the browser's online/offline state for the directory: the offline banner needs it,
// and a search that failed while offline should run again as soon as the connection is back.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
