// Small test doubles for the core tests: a MentoringApi that answers getMe, and a widget that
// shows who is signed in (the smallest real consumer of the base class and task view).
import { html } from 'lit';
import { Task } from '@lit/task';
import { msg, str } from '@lit/localize';
import type { MentoringApi } from '../../../src/client/api.js';
import type { Me } from '../../../src/contract/index.js';
import { MentorElement } from '../../../src/core/mentor-element.js';
import { renderTask } from '../../../src/core/task-view.js';

export function me(name: string): Me {
  return {
    person: {
      id: `p-${name.toLowerCase().replace(/\W+/g, '-')}`,
      name,
      email: 'someone@example.com',
      title: 'Engineer',
      department: 'Platform',
      location: { city: 'Madrid', country: 'Spain', timeZone: 'Europe/Madrid' },
      languages: ['es', 'en'],
      avatarUrl: null,
      managerIds: [],
      budgetOwnerId: null,
    },
    roles: ['mentee'],
    mentee: null,
    programId: 'prog-1',
    settings: {
      maxActiveMentorshipsPerMentee: 1,
      mentorCapacityMax: 3,
      requestExpiryDays: 14,
      goalsNeedMentorConfirmation: false,
    },
    mentor: null,
  };
}

/** A MentoringApi whose getMe runs `getMe`; any other call fails loudly. */
export function fakeApi(getMe: (signal?: AbortSignal) => Promise<Me>): MentoringApi {
  return new Proxy({} as MentoringApi, {
    get: (_target, name) => {
      if (name === 'getMe') return (options?: { signal?: AbortSignal }) => getMe(options?.signal);
      // Lit and promises probe objects for these; only API method names get a function.
      if (typeof name !== 'string' || name.startsWith('_') || name === 'then' || name === 'toJSON')
        return undefined;
      return () => Promise.reject(new Error(`fakeApi: ${name} not scripted`));
    },
  });
}

export const apiFor = (name: string) => fakeApi(async () => me(name));

/** Greets the signed-in person; loads with a Task through the base class. */
export class TestWhoami extends MentorElement {
  readonly whoami = new Task(this, {
    task: (_args, { signal }) => this.currentUser(signal),
    args: () => [this.api] as const,
  });

  override render() {
    return renderTask(
      this.whoami,
      (value) => html`<p class="greeting">${msg(str`Signed in as ${value.person.name}`)}</p>`,
      { loadingLabel: 'Loading profile' },
    );
  }
}
if (!customElements.get('test-whoami')) customElements.define('test-whoami', TestWhoami);

declare global {
  interface HTMLElementTagNameMap {
    'test-whoami': TestWhoami;
  }
}
