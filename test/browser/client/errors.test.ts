// Failures reach the caller as typed errors a widget can explain, never as crashes deep inside it.
import { expect } from '@open-wc/testing';
import {
  ConflictError,
  InvalidResponseError,
  NetworkError,
  ProblemError,
  TimeoutError,
  isAbortError,
} from '../../../src/client/index.js';
import * as fixtures from './fixtures.js';
import { clientFor, rejectionOf, untilReceived } from './support.js';

const problem = 'application/problem+json';

describe('HttpMentoringApi errors', () => {
  it('turns problem details with field errors into a ProblemError', async () => {
    const body = {
      type: 'https://mentorkit.dev/problems/validation',
      title: 'Your request has invalid fields',
      status: 422,
      detail: 'Please fix the highlighted fields.',
      code: 'validation',
      errors: [{ path: 'message', message: 'Write at least 20 characters' }],
    };
    const { api, server } = await clientFor([{ status: 422, contentType: problem, body }]);

    const error = await rejectionOf(
      api.createRequest({ mentorId: 'p-amara', message: 'Hi', goals: ['Grow'] }),
    );

    expect(error).to.be.instanceOf(ProblemError);
    expect(error).not.to.be.instanceOf(ConflictError);
    const problemError = error as ProblemError;
    expect(problemError.status).to.equal(422);
    expect(problemError.code).to.equal('validation');
    expect(problemError.message).to.equal('Please fix the highlighted fields.');
    expect(problemError.fieldErrors).to.deep.equal([
      { path: 'message', message: 'Write at least 20 characters' },
    ]);
    expect(await server.received(), 'a 4xx is never retried').to.have.length(1);
  });

  it('turns a 412 into a ConflictError carrying the current version', async () => {
    const body = {
      title: 'Someone changed this goal first',
      status: 412,
      code: 'version-mismatch',
      currentVersion: 4,
    };
    const { api } = await clientFor([{ status: 412, contentType: problem, body }]);

    const error = await rejectionOf(api.updateGoal('g-1', { progress: 60 }, { version: 3 }));

    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError).currentVersion).to.equal(4);
    expect((error as ConflictError).problem.type).to.equal('about:blank');
  });

  it('turns a 409 into a ConflictError too', async () => {
    const body = { title: 'The mentor has no open spots', status: 409, code: 'mentor-full' };
    const { api } = await clientFor([{ status: 409, contentType: problem, body }]);

    const error = await rejectionOf(api.acceptRequest('r-1', { version: 1 }));

    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError).code).to.equal('mentor-full');
  });

  it('builds a problem from the status when the error body is not problem details', async () => {
    const { api } = await clientFor([
      { status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' },
    ]);

    const error = await rejectionOf(api.withdrawRequest('r-1', { version: 2 }));

    expect(error).to.be.instanceOf(ProblemError);
    expect((error as ProblemError).status).to.equal(502);
    expect((error as ProblemError).message).to.equal('Bad Gateway');
    expect((error as ProblemError).fieldErrors).to.deep.equal([]);
  });

  it('names the field of an answer that breaks the contract', async () => {
    const broken = structuredClone(fixtures.mentorPage);
    (broken.items[0]!.mentor as { name: unknown }).name = 42;
    const { api } = await clientFor([{ body: broken }]);

    const error = await rejectionOf(api.searchMentors({}));

    expect(error).to.be.instanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).path).to.equal('items.0.mentor.name');
    expect((error as InvalidResponseError).operation).to.equal('GET /mentors');
    expect((error as Error).message).to.contain('items.0.mentor.name');
  });

  it('rejects an answer with a missing field', async () => {
    const { version: _dropped, ...withoutVersion } = fixtures.goal;
    const { api } = await clientFor([{ status: 201, body: withoutVersion }]);

    const error = await rejectionOf(
      api.createGoal('ms-1', { framework: 'OKR', title: 'Ship the pilot' }),
    );

    expect(error).to.be.instanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).path).to.equal('version');
  });

  it('rejects a success answer that is not JSON', async () => {
    const { api } = await clientFor([{ contentType: 'text/html', body: '<html>Sign in</html>' }]);

    const error = await rejectionOf(api.getMe());

    expect(error).to.be.instanceOf(InvalidResponseError);
    expect((error as Error).message).to.contain('text/html');
  });

  it('rejects malformed JSON', async () => {
    const { api } = await clientFor([{ contentType: 'application/json', body: '{"person": ' }]);

    const error = await rejectionOf(api.getMe());

    expect(error).to.be.instanceOf(InvalidResponseError);
    expect((error as Error).message).to.contain('not valid JSON');
  });

  it('reports a server that does not answer in time as a TimeoutError', async () => {
    const { api, server } = await clientFor([{ delayMs: 1500, body: fixtures.me }], {
      timeoutMs: 200,
    });

    const error = await rejectionOf(api.getMe());

    expect(error).to.be.instanceOf(TimeoutError);
    expect(await server.received(), 'a timeout is not retried').to.have.length(1);
  });

  it('reports a dropped connection as a NetworkError', async () => {
    const { api } = await clientFor([{ drop: true }], { retries: 0 });

    const error = await rejectionOf(api.getMentor('p-amara'));

    expect(error).to.be.instanceOf(NetworkError);
  });

  it('reports a fetch that cannot connect as a NetworkError', async () => {
    const failingFetch: typeof fetch = () => Promise.reject(new TypeError('connection refused'));
    const { api } = await clientFor([], { fetch: failingFetch, retries: 0 });

    const error = await rejectionOf(api.getMe());

    expect(error).to.be.instanceOf(NetworkError);
  });

  it('rethrows the caller’s abort untouched', async () => {
    const { api, server } = await clientFor([{ delayMs: 3000, body: fixtures.me }]);
    const controller = new AbortController();

    const call = rejectionOf(api.getMe({ signal: controller.signal }));
    await untilReceived(server, 1);
    controller.abort();
    const error = await call;

    expect(isAbortError(error), String(error)).to.equal(true);
    expect(await server.received(), 'an abort is not retried').to.have.length(1);
  });

  it('rejects at once when the signal was already aborted', async () => {
    const { api, server } = await clientFor([{ body: fixtures.me }]);

    const error = await rejectionOf(api.getMe({ signal: AbortSignal.abort() }));

    expect(isAbortError(error), String(error)).to.equal(true);
    expect(await server.received()).to.have.length(0);
  });
});

describe('HttpMentoringApi abort while waiting to retry', () => {
  it('stops retrying and rethrows the abort', async () => {
    const busy = {
      status: 503,
      headers: { 'retry-after': '5' },
      contentType: 'application/problem+json',
      body: { title: 'Busy', status: 503 },
    };
    const { api, server } = await clientFor([busy, { body: fixtures.me }]);
    const controller = new AbortController();

    const call = rejectionOf(api.getMe({ signal: controller.signal }));
    await untilReceived(server, 1);
    controller.abort();
    const error = await call;

    expect(isAbortError(error), String(error)).to.equal(true);
    expect(await server.received()).to.have.length(1);
  });
});
