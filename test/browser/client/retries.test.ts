// Safe calls are retried after transient failures; creating POSTs keep one Idempotency-Key per
// logical submit across retries; edits and 4xx answers are never retried.
import { expect } from '@open-wc/testing';
import { ProblemError } from '../../../src/client/index.js';
import * as fixtures from './fixtures.js';
import { clientFor, rejectionOf } from './support.js';

const unavailable = {
  status: 503,
  contentType: 'application/problem+json',
  body: { title: 'Down for a moment', status: 503 },
};
const newRequest = {
  mentorId: 'p-amara',
  message: fixtures.request.message,
  goals: ['Lead my first cross-team project'],
};

describe('HttpMentoringApi retries', () => {
  it('retries a GET that fails with 503 and returns the later answer', async () => {
    const { api, server } = await clientFor([unavailable, { body: fixtures.mentor }]);

    const mentor = await api.getMentor('p-amara');

    expect(mentor.name).to.equal('Amara Okafor');
    const received = await server.received();
    expect(received.map((request) => `${request.method} ${request.path}`)).to.deep.equal([
      'GET /mentors/p-amara',
      'GET /mentors/p-amara',
    ]);
  });

  it('retries a GET after a dropped connection', async () => {
    const { api } = await clientFor([{ drop: true }, { body: fixtures.me }]);

    const me = await api.getMe();

    expect(me.person.name).to.equal('Lucía Fernández');
  });

  it('gives up after the configured number of retries', async () => {
    const { api, server } = await clientFor([unavailable], { retries: 1 });

    const error = await rejectionOf(api.getMe());

    expect(error).to.be.instanceOf(ProblemError);
    expect((error as ProblemError).status).to.equal(503);
    expect(await server.received()).to.have.length(2);
  });

  it('retries a 429 when Retry-After asks for a short wait', async () => {
    const tooMany = {
      status: 429,
      headers: { 'retry-after': '0' },
      contentType: 'application/problem+json',
      body: { title: 'Slow down', status: 429 },
    };
    const { api, server } = await clientFor([tooMany, { body: fixtures.survey }]);

    const survey = await api.getSurvey('s-1');

    expect(survey.title).to.equal('30-day pulse');
    expect(await server.received()).to.have.length(2);
  });

  it('does not wait out a Retry-After longer than the timeout', async () => {
    const tooMany = {
      status: 429,
      headers: { 'retry-after': '3600' },
      contentType: 'application/problem+json',
      body: { title: 'Slow down', status: 429 },
    };
    const { api, server } = await clientFor([tooMany, { body: fixtures.survey }]);

    const error = await rejectionOf(api.getSurvey('s-1'));

    expect((error as ProblemError).status).to.equal(429);
    expect(await server.received()).to.have.length(1);
  });

  it('does not retry a GET that fails with a 4xx problem', async () => {
    const notFound = {
      status: 404,
      contentType: 'application/problem+json',
      body: { title: 'No such mentor', status: 404, code: 'not-found' },
    };
    const { api, server } = await clientFor([notFound, { body: fixtures.mentor }]);

    const error = await rejectionOf(api.getMentor('p-nobody'));

    expect((error as ProblemError).code).to.equal('not-found');
    expect(await server.received()).to.have.length(1);
  });

  it('retries a creating POST with the same Idempotency-Key', async () => {
    const { api, server } = await clientFor([
      unavailable,
      { drop: true },
      { status: 201, body: fixtures.request },
    ]);

    const created = await api.createRequest(newRequest);

    expect(created.id).to.equal('r-1');
    const received = await server.received();
    expect(received.length).to.be.at.least(3);
    const keys = new Set(received.map((request) => request.headers['idempotency-key']));
    expect(keys.size, 'one key for the whole logical submit').to.equal(1);
    expect([...keys][0]).to.match(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(
      new Set(received.map((request) => request.body)).size,
      'the same body every time',
    ).to.equal(1);
  });

  it('sends a different Idempotency-Key for each logical submit', async () => {
    const { api, server } = await clientFor([{ status: 201, body: fixtures.submission }]);

    await api.submitSurvey('s-1', { answers: { q1: 4 } });
    await api.submitSurvey('s-1', { answers: { q1: 4 } });

    const [first, second] = await server.received();
    expect(first!.headers['idempotency-key']).to.be.a('string');
    expect(second!.headers['idempotency-key']).to.be.a('string');
    expect(first!.headers['idempotency-key']).not.to.equal(second!.headers['idempotency-key']);
  });

  it('sends the caller’s Idempotency-Key when a submit is repeated by hand', async () => {
    const { api, server } = await clientFor([unavailable, { status: 201, body: fixtures.recap }], {
      retries: 0,
    });
    const recap = {
      sessionDate: '2026-11-24',
      notes: 'Planned the launch.',
      actionItems: [],
      goalUpdates: [{ goalId: 'g-1', progress: 20 }],
    };
    const idempotencyKey = 'recap-draft-7f3a';

    expect(await rejectionOf(api.createRecap('ms-1', recap, { idempotencyKey }))).to.be.instanceOf(
      ProblemError,
    );
    await api.createRecap('ms-1', recap, { idempotencyKey });

    const keys = (await server.received()).map((request) => request.headers['idempotency-key']);
    expect(new Set(keys)).to.deep.equal(new Set([idempotencyKey]));
  });

  it('never retries an edit, so a lost answer cannot turn into a false conflict', async () => {
    const { api, server } = await clientFor([unavailable, { body: fixtures.agreement }]);
    const sections = [{ key: 'cadence' as const, title: 'Meetings', body: 'Weekly.' }];

    const error = await rejectionOf(api.updateAgreement('ag-1', { sections }, { version: 2 }));

    expect((error as ProblemError).status).to.equal(503);
    const received = await server.received();
    expect(received).to.have.length(1);
    expect(received[0]!.headers['if-match']).to.equal('"2"');
  });
});
