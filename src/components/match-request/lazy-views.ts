// The form's views, the mentee's requests and the mentor's inbox are not needed for the first
// paint (an empty hint or a skeleton), so they load on demand (their own chunks); the status and
// inbox register their elements when they arrive.
import { NetworkError } from '../../client/errors.js';
import { defineElement } from '../../core/define.js';
import { once } from '../../core/lazy.js';
export type LazyView = 'status' | 'inbox';

export async function loadView(view: LazyView): Promise<void> {
  if (view === 'status') {
    const { MentorRequestStatus } = await import('./request-status.component.js');
    defineElement('mentor-request-status', MentorRequestStatus);
  } else {
    const { MentorRequestInbox } = await import('./request-inbox.component.js');
    defineElement('mentor-request-inbox', MentorRequestInbox);
  }
}

export type FormPart = typeof import('./request-form-part.js');
let formPart: FormPart | undefined;

/**
 * The form view's render functions (./request-form-part.ts), downloaded once per page; a failed
 * download (offline) is a NetworkError, shown with Retry, and is tried again next time.
 */
export const loadFormPart = once(async () => {
  try {
    return (formPart = await import('./request-form-part.js'));
  } catch (cause) {
    throw new NetworkError('could not load the request form', { cause });
  }
});

/** The form view's render functions, once loaded. */
export const loadedFormPart = (): FormPart | undefined => formPart;
