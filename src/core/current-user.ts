// Who is signed in, fetched once per MentoringApi and shared by every widget that asks (a page
// with five widgets makes one GET /me). A failed fetch is forgotten, so Retry fetches again.
import type { MentoringApi } from '../client/api.js';
import type { Me } from '../contract/index.js';

const shared = new WeakMap<MentoringApi, Promise<Me>>();

/**
 * The signed-in person for `api`. `signal` only stops this caller's wait: the shared request
 * keeps going for the other widgets.
 */
export function currentUser(api: MentoringApi, signal?: AbortSignal): Promise<Me> {
  let me = shared.get(api);
  if (!me) {
    const request = api.getMe();
    me = request;
    shared.set(api, request);
    request.catch(() => {
      if (shared.get(api) === request) shared.delete(api);
    });
  }
  return signal ? untilAborted(me, signal) : me;
}

/** Forget the cached person (e.g. after the host signed someone else in). */
export function forgetCurrentUser(api: MentoringApi): void {
  shared.delete(api);
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason instanceof DOMException && signal.reason.name === 'AbortError'
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError');
}
