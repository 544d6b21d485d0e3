// MemoryMentoringApi: the shared behaviour suite, plus what only the memory API offers
// (latency with abort, failure injection, pre-generated data, very large programs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryMentoringApi } from '../../src/memory/index.js';
import { NetworkError, isAbortError } from '../../src/client/errors.js';
import { FIXTURE_IDS, PERSONAS, generateProgram } from '../../src/fixtures/index.js';
import { describeMentoringApiBehaviour } from '../behaviour/mentoring-api.behaviour.js';
import { assertValid, requestBody } from '../behaviour/support.js';
import {
  Agreement,
  AgreementVersion,
  AuditTrail,
  GoalList,
  Me,
  MentorPage,
  MentorshipPage,
  ProgramReport,
  RequestPage,
  Survey,
} from '../../src/contract/index.js';

describeMentoringApiBehaviour('MemoryMentoringApi', async (options) => {
  let offset = 0;
  const api = new MemoryMentoringApi({
    now: () => new Date(Date.now() + offset),
    ...(options?.settings ? { programSettings: options.settings } : {}),
  });
  await api.ready();
  return {
    as: (personId) => api.as(personId),
    personas: { ...PERSONAS, ...FIXTURE_IDS },
    advanceTime: async (ms) => {
      offset += ms;
    },
  };
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('MemoryMentoringApi only', () => {
  it('waits the configured latency and stops when the caller aborts', async () => {
    const api = new MemoryMentoringApi({ latencyMs: [200, 300] });
    await api.ready();
    const controller = new AbortController();
    const pending = api.searchMentors({ q: 'design' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    assert.ok(isAbortError(await rejection(pending)));
    assert.ok(isAbortError(await rejection(api.getMe({ signal: AbortSignal.abort() }))));
    const me = await api.getMe();
    assert.equal(me.person.id, PERSONAS.mentee);
  });

  it('fails like an unreliable network when asked to, and creates nothing then', async () => {
    const flaky = new MemoryMentoringApi({ failureRate: 1 });
    assert.ok((await rejection(flaky.getMe())) instanceof NetworkError);
    assert.ok(
      (await rejection(flaky.createRequest(requestBody(PERSONAS.mentor)))) instanceof NetworkError,
    );
    const reliable = new MemoryMentoringApi({ failureRate: 0 });
    assert.equal((await reliable.getMe()).person.id, PERSONAS.mentee);
  });

  it('answers 401 for an unknown signed-in person', async () => {
    const error = await rejection(new MemoryMentoringApi({ userId: 'nobody' }).getMe());
    assert.equal((error as { status?: number }).status, 401);
  });

  it('starts from pre-generated data without sharing state between instances', async () => {
    const data = await generateProgram({ now: new Date() });
    const first = new MemoryMentoringApi({ data });
    const second = new MemoryMentoringApi({ data });
    await first.createRequest(requestBody(PERSONAS.mentor));
    const mine = await second.listRequests({ role: 'mentee', status: ['pending'] });
    assert.ok(!mine.items.some((r) => r.mentorId === PERSONAS.mentor));
    assert.ok(
      !data.requests.some((r) => r.menteeId === PERSONAS.mentee && r.mentorId === PERSONAS.mentor),
    );
  });

  it('answers every read with contract-valid data, for every persona', async () => {
    const api = new MemoryMentoringApi();
    for (const personId of Object.values(PERSONAS).filter((id) => id !== PERSONAS.ceo)) {
      const as = api.as(personId);
      assertValid(Me, await as.getMe(), `me of ${personId}`);
      assertValid(MentorPage, await as.searchMentors({ limit: 50 }), `mentors for ${personId}`);
      for (const role of ['mentee', 'mentor'] as const) {
        const page = await as.listRequests({ role, limit: 100 });
        assertValid(RequestPage, page, `${role} requests of ${personId}`);
      }
      const mentorships = await as.listMentorships();
      assertValid(MentorshipPage, mentorships, `mentorships of ${personId}`);
      for (const m of mentorships.items) {
        assertValid(GoalList, await as.listGoals(m.id), `goals of ${m.id}`);
        if (m.agreementId) {
          assertValid(
            Agreement,
            await as.getAgreement(m.agreementId),
            `agreement ${m.agreementId}`,
          );
          assertValid(
            AuditTrail,
            await as.getAgreementAudit(m.agreementId),
            `audit ${m.agreementId}`,
          );
          assertValid(
            AgreementVersion,
            await as.getAgreementVersion(m.agreementId, 1),
            `version 1 of ${m.agreementId}`,
          );
        }
      }
    }
    assertValid(Survey, await api.getSurvey(FIXTURE_IDS.pulseSurvey), 'pulse survey');
    assertValid(Survey, await api.getSurvey(FIXTURE_IDS.checkInSurvey), 'check-in survey');
    assertValid(ProgramReport, await api.as(PERSONAS.admin).getProgramReport(), 'report');
  });

  it('finds names whatever the accents typed', async () => {
    const api = new MemoryMentoringApi();
    const page = await api.searchMentors({ q: 'tomas herrera' });
    assert.equal(page.items[0]?.mentor.name, 'Tomás Herrera');
  });

  it('expires requests after the configured number of days', async () => {
    let now = Date.parse('2026-11-25T09:00:00Z');
    const api = new MemoryMentoringApi({ now: () => new Date(now), expiryDays: 3 });
    const created = await api.createRequest(requestBody(PERSONAS.mentor));
    assert.equal(Date.parse(created.expiresAt) - Date.parse(created.createdAt), 3 * 86_400_000);
    now += 2 * 86_400_000;
    assert.equal((await api.getRequest(created.id)).status, 'pending');
    now += 1 * 86_400_000;
    assert.equal((await api.getRequest(created.id)).status, 'expired');
  });

  it("hands out facet counts the caller may change without changing the next page's", async () => {
    const api = new MemoryMentoringApi();
    await api.ready();
    const first = await api.searchMentors({ available: true });
    const counts = structuredClone(first.facets);
    first.facets.skills.splice(0);
    first.facets.available = -1;
    assert.deepEqual((await api.searchMentors({ available: true })).facets, counts);
  });

  it('searches 100,000 mentors with text, filters, facets and paging', async () => {
    const started = performance.now();
    const api = new MemoryMentoringApi({ mentors: 100_000 });
    await api.ready();
    const generated = performance.now();
    const page = await api.searchMentors({
      q: 'negotiation',
      languages: ['es'],
      available: true,
      limit: 20,
    });
    const searched = performance.now();
    // Figures for a person reading the output (the machine may be busy), not assertions.
    console.log(
      `100,000 mentors: generated in ${Math.round(generated - started)} ms, best-match search in ${Math.round(searched - generated)} ms`,
    );
    assert.ok(page.total > 100, `${page.total} results`);
    assert.equal(page.items.length, 20);
    assert.ok(page.items.every((c) => c.mentor.languages.includes('es') && c.openSpots > 0));
    const next = await api.searchMentors({
      q: 'negotiation',
      languages: ['es'],
      available: true,
      limit: 20,
      cursor: page.nextCursor!,
    });
    assert.equal(new Set([...page.items, ...next.items].map((c) => c.mentor.id)).size, 40);
    assert.ok(page.facets.departments.length > 0);
  });
});
