// The mentee's requests and the mentor's inbox are not needed for the first paint of the form, so
// they load on demand (their own chunks) and register their elements when they arrive.
import { defineElement } from '../../core/define.js';
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
