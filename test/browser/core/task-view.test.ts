import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Task, TaskStatus } from '@lit/task';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ConflictError,
  InvalidResponseError,
  NetworkError,
  ProblemError,
  TimeoutError,
} from '../../../src/client/errors.js';
import { HttpMentoringApi } from '../../../src/client/http-api.js';
import { baseStyles } from '../../../src/core/base.styles.js';
import { renderTask } from '../../../src/core/task-view.js';
import { me, type TestWhoami } from './fixtures.js';
import './fixtures.js';

/** Shows whatever `load()` resolves to; the test decides when and how it settles. */
class TestLoader extends LitElement {
  static override styles = baseStyles;
  @property({ attribute: false }) load: (signal: AbortSignal) => Promise<string> = () =>
    new Promise(() => {});
  calls = 0;
  readonly task = new Task(this, {
    task: async ([load], { signal }) => {
      this.calls++;
      return load(signal);
    },
    args: () => [this.load] as const,
  });
  override render() {
    return renderTask(this.task, (value) => html`<p class="done">${value}</p>`, {
      loadingLabel: 'Loading mentors',
      announce: (value) => `Loaded: ${value}`,
    });
  }
}
customElements.define('test-loader', TestLoader);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();

async function failWith(error: unknown): Promise<TestLoader> {
  const el = await fixture<TestLoader>(
    html`<test-loader .load=${() => Promise.reject(error)}></test-loader>`,
  );
  await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error shown');
  return el;
}

describe('renderTask', () => {
  it('shows a skeleton with a polite loading announcement while pending', async () => {
    const el = await fixture<TestLoader>(html`<test-loader></test-loader>`);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.skeleton-line').length).to.equal(3);
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.equal('Loading mentors');
    await expect(el).to.be.accessible();
  });

  it('keeps one status region and announces what arrived', async () => {
    const pending = deferred<string>();
    const el = await fixture<TestLoader>(
      html`<test-loader .load=${() => pending.promise}></test-loader>`,
    );
    const status = shadow(el).querySelector('[role=status]')!;
    expect(status.textContent).to.equal('Loading mentors');
    pending.resolve('Twelve mentors');
    await waitUntil(() => shadow(el).querySelector('.done'));
    expect(shadow(el).querySelector('[role=status]'), 'same live region').to.equal(status);
    expect(status.textContent).to.equal('Loaded: Twelve mentors');
  });

  it('shows the content when the task completes', async () => {
    const pending = deferred<string>();
    const el = await fixture<TestLoader>(
      html`<test-loader .load=${() => pending.promise}></test-loader>`,
    );
    pending.resolve('Twelve mentors');
    await waitUntil(() => shadow(el).querySelector('.done'));
    expect(shadow(el).querySelector('.done')!.textContent).to.equal('Twelve mentors');
    expect(shadow(el).querySelector('.skeleton')).to.equal(null);
  });

  it('shows an error with Retry; Retry runs the task again and shows the result', async () => {
    let attempt = 0;
    const el = await fixture<TestLoader>(
      html`<test-loader
        .load=${() => (++attempt === 1 ? Promise.reject(new NetworkError('down')) : Promise.resolve('Back online'))}
      ></test-loader>`,
    );
    await waitUntil(() => shadow(el).querySelector('[role=alert]'));
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain(
      'You seem to be offline',
    );
    await expect(el).to.be.accessible();

    const retry = shadow(el).querySelector<HTMLButtonElement>('button')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(() => shadow(el).querySelector('.done'), 'retry did not re-run');
    expect(el.calls).to.equal(2);
    expect(shadow(el).querySelector('.done')!.textContent).to.equal('Back online');
  });

  it('says what happened for each kind of failure', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Mentor is full',
      detail: 'Ana has no open spots.',
      status: 422,
    };
    const cases: [unknown, string][] = [
      [new TimeoutError('slow'), 'The server took too long to answer'],
      [new ProblemError(problem), 'Mentor is full Ana has no open spots.'],
      [
        new ConflictError({ ...problem, status: 412, title: 'Changed' }),
        'Someone changed this in the meantime',
      ],
      [
        new InvalidResponseError('getMe', 'person.name', 'expected string'),
        'The server sent something unexpected',
      ],
      [new Error('boom'), 'Something went wrong'],
      [
        new ProblemError({ ...problem, status: 409, code: 'mentor-full' }),
        'This mentor has no open spots',
      ],
    ];
    for (const [error, message] of cases) {
      const el = await failWith(error);
      expect(
        shadow(el).querySelector('[role=alert]')!.textContent!.replace(/\s+/g, ' '),
      ).to.contain(message);
    }
  });

  it('offers no Retry for a client error that retrying cannot fix', async () => {
    const el = await failWith(
      new ProblemError({ type: 'about:blank', title: 'Not allowed', status: 403 }),
    );
    expect(shadow(el).querySelector('button')).to.equal(null);
  });

  it('shows nothing for an aborted load', async () => {
    const el = await fixture<TestLoader>(
      html`<test-loader
        .load=${() => Promise.reject(new DOMException('stop', 'AbortError'))}
      ></test-loader>`,
    );
    await waitUntil(() => el.task.status === TaskStatus.ERROR);
    await el.updateComplete;
    expect(text(el)).to.equal('');
  });
});

describe('a widget outside <mentor-program>', () => {
  it('builds an HttpMentoringApi from its own api-base and loads from the server', async () => {
    await fetch('/__script/own-base', {
      method: 'POST',
      body: JSON.stringify([{ body: me('Katherine Johnson') }]),
    });
    const el = await fixture<TestWhoami>(
      html`<test-whoami api-base="/__api/own-base"></test-whoami>`,
    );
    expect(el.api).to.be.instanceOf(HttpMentoringApi);
    // The first HTTP call loads the client's schemas on demand: slow on a busy machine.
    await waitUntil(() => text(el).includes('Katherine Johnson'), 'nothing loaded', {
      timeout: 5000,
    });
    expect(text(el)).to.equal('Signed in as Katherine Johnson');
  });

  it('explains how to configure it when it has no API', async () => {
    const el = await fixture<TestWhoami>(html`<test-whoami></test-whoami>`);
    await waitUntil(() => shadow(el).querySelector('[role=alert]'));
    expect(text(el)).to.equal(
      'No API configured Put this element inside \u2066<mentor-program api-base="...">\u2069 or set its api-base attribute.',
    );
    expect(shadow(el).querySelector('button'), 'retry cannot help').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loads as soon as an api is given to it', async () => {
    const el = await fixture<TestWhoami>(html`<test-whoami></test-whoami>`);
    await waitUntil(() => shadow(el).querySelector('[role=alert]'));
    el.api = { getMe: async () => me('Mary Jackson') } as unknown as TestWhoami['api'];
    await waitUntil(() => text(el).includes('Mary Jackson'));
  });
});
