// The fixture generator: every row fits the contract, the same seed gives the same program,
// the data is varied enough to look real, and the documented personas are in their documented state.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  Agreement,
  AgreementVersion,
  AuditEvent,
  Goal,
  MatchRequest,
  MenteeProfile,
  MentorProfile,
  Mentorship,
  Person,
  Recap,
  Survey,
  SurveyResponse,
  agreementContentHash,
  auditEventHash,
  ZERO_HASH,
  openSpots,
} from '../../src/contract/index.js';
import { findConflicts, isBlocked } from '../../src/matching/index.js';
import {
  FIXTURE_IDS,
  PERSONAS,
  generateProgram,
  type ProgramFixture,
} from '../../src/fixtures/index.js';

const now = new Date('2026-11-25T09:00:00Z');

function assertValid(schema: z.ZodMiniType, value: unknown, what: string) {
  const result = schema.safeParse(value);
  assert.ok(
    result.success,
    `${what} breaks the contract: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`,
  );
}

describe('fixture generator', () => {
  let program: ProgramFixture;
  before(async () => {
    program = await generateProgram({ now });
  });

  it('produces only rows that fit the contract schemas', () => {
    for (const person of program.people) assertValid(Person, person, `person ${person.id}`);
    for (const mentor of program.mentors) assertValid(MentorProfile, mentor, `mentor ${mentor.id}`);
    for (const row of program.mentees)
      assertValid(MenteeProfile, row.mentee, `mentee ${row.person.id}`);
    for (const request of program.requests)
      assertValid(MatchRequest, request, `request ${request.id}`);
    for (const mentorship of program.mentorships)
      assertValid(Mentorship, mentorship, `mentorship ${mentorship.id}`);
    for (const goal of program.goals) assertValid(Goal, goal, `goal ${goal.id}`);
    for (const recap of program.recaps) assertValid(Recap, recap, `recap ${recap.id}`);
    for (const survey of program.surveys)
      assertValid(Survey, { ...survey, submitted: false, status: 'open' }, `survey ${survey.id}`);
    for (const response of program.surveyResponses)
      assertValid(SurveyResponse, response, `response ${response.id}`);
    for (const { agreement, versions, audit } of program.agreements) {
      assertValid(Agreement, agreement, `agreement ${agreement.id}`);
      for (const version of versions)
        assertValid(AgreementVersion, version, `agreement version ${agreement.id}`);
      for (const event of audit) assertValid(AuditEvent, event, `audit event ${agreement.id}`);
    }
  });

  it('gives the same program for the same seed and a different one for another seed', async () => {
    const again = await generateProgram({ now });
    assert.deepEqual(again, program);
    const other = await generateProgram({ now, seed: 7 });
    assert.notDeepEqual(
      other.mentors.map((m) => m.name),
      program.mentors.map((m) => m.name),
    );
  });

  it('has the requested size and varied, international people', () => {
    assert.equal(program.mentors.length, 240);
    assert.equal(program.mentees.length, 60);
    const first200 = program.mentors.slice(0, 200);
    assert.ok(
      new Set(first200.map((m) => m.name)).size >= 150,
      'at least 150 distinct names among 200 mentors',
    );
    const zones = new Set(program.mentors.map((m) => m.location.timeZone));
    assert.ok(zones.size >= 8, `only ${zones.size} time zones`);
    const continents = new Set([...zones].map((zone) => zone.split('/')[0]));
    for (const continent of ['Europe', 'America', 'Asia', 'Africa', 'Australia'])
      assert.ok(continents.has(continent), continent);
    assert.ok(new Set(program.mentors.map((m) => m.department)).size >= 8);
    assert.ok(new Set(program.mentors.map((m) => m.title)).size >= 30);
    assert.ok(new Set(program.mentors.flatMap((m) => m.skills)).size >= 50);
    assert.ok(new Set(program.mentors.flatMap((m) => m.languages)).size >= 15);
    assert.equal(
      new Set(program.people.map((p) => p.email)).size,
      program.people.length,
      'emails are unique',
    );
    assert.equal(
      new Set(program.people.map((p) => p.id)).size,
      program.people.length,
      'ids are unique',
    );
  });

  it('has capacities of 1-3, some full and some paused mentors, and consistent active counts', () => {
    assert.ok(program.mentors.every((m) => m.capacity >= 1 && m.capacity <= 3));
    assert.ok(program.mentors.filter((m) => openSpots(m) === 0).length >= 5, 'some full mentors');
    assert.ok(
      program.mentors.filter((m) => m.availability.status === 'paused').length >= 5,
      'some paused mentors',
    );
    for (const mentor of program.mentors) {
      const active = program.mentorships.filter(
        (ms) => ms.mentorId === mentor.id && ms.status === 'active',
      ).length;
      assert.equal(mentor.activeMentees, active, `${mentor.id} active mentees`);
      assert.ok(active <= mentor.capacity, `${mentor.id} over capacity`);
    }
  });

  it('never pairs a mentee with someone in their management line, and has one active mentorship per pair', () => {
    const byId = new Map(program.people.map((p) => [p.id, p]));
    const pairs = new Set<string>();
    for (const request of program.requests) {
      const conflicts = findConflicts(byId.get(request.menteeId)!, byId.get(request.mentorId)!);
      assert.ok(!isBlocked(conflicts), `request ${request.id} is a conflict of interest`);
    }
    for (const ms of program.mentorships.filter((m) => m.status === 'active')) {
      const pair = `${ms.menteeId}>${ms.mentorId}`;
      assert.ok(!pairs.has(pair), `two active mentorships for ${pair}`);
      pairs.add(pair);
    }
    for (const person of program.people) {
      for (const managerId of person.managerIds)
        assert.ok(byId.has(managerId), `${person.id}'s manager ${managerId} exists`);
    }
  });

  it('has requests in every state, with threads, decline reasons and mentorships where due', () => {
    const statuses = new Set(program.requests.map((r) => r.status));
    for (const status of [
      'pending',
      'needs-info',
      'accepted',
      'declined',
      'withdrawn',
      'expired',
    ] as const) {
      assert.ok(statuses.has(status), `a ${status} request`);
    }
    for (const request of program.requests) {
      if (request.status === 'needs-info') assert.equal(request.thread.at(-1)?.kind, 'question');
      if (request.status === 'declined') assert.ok(request.decline);
      if (request.status === 'accepted')
        assert.ok(program.mentorships.some((m) => m.id === request.mentorshipId));
      if (request.status === 'pending' || request.status === 'needs-info')
        assert.ok(Date.parse(request.expiresAt) > now.getTime());
      if (request.status === 'expired') assert.ok(Date.parse(request.expiresAt) <= now.getTime());
    }
  });

  it('puts the personas in their documented situations', () => {
    const mentor = (id: string) => program.mentors.find((m) => m.id === id)!;
    const mentee = (id: string) => program.mentees.find((m) => m.person.id === id)!;
    assert.equal(mentor(PERSONAS.mentor).capacity, 2);
    assert.equal(mentor(PERSONAS.mentor).activeMentees, 0);
    assert.equal(mentor(PERSONAS.mentor).availability.status, 'open');
    assert.equal(openSpots(mentor(PERSONAS.fullMentor)), 0);
    assert.equal(mentor(PERSONAS.pausedMentor).availability.status, 'paused');
    const ana = mentee(PERSONAS.mentee);
    assert.ok(ana.mentee.wantedSkills.length >= 3);
    assert.ok(ana.person.managerIds.includes(PERSONAS.menteesManager));
    assert.ok(isBlocked(findConflicts(ana.person, mentor(PERSONAS.menteesManager))));
    assert.ok(!isBlocked(findConflicts(ana.person, mentor(PERSONAS.mentor))));
    assert.ok(mentee(PERSONAS.secondMentee));
    assert.deepEqual(program.roles[PERSONAS.admin], ['admin']);

    const pending = program.requests.find((r) => r.id === FIXTURE_IDS.pendingRequest)!;
    assert.equal(pending.status, 'pending');
    assert.equal(pending.mentorId, PERSONAS.mentor);
    assert.equal(
      program.requests.find((r) => r.id === FIXTURE_IDS.needsInfoRequest)?.status,
      'needs-info',
    );
    const ms = program.mentorships.find((m) => m.id === FIXTURE_IDS.activeMentorship)!;
    assert.deepEqual(
      [ms.menteeId, ms.mentorId, ms.status],
      [PERSONAS.mentee, PERSONAS.partnerMentor, 'active'],
    );
    const goals = program.goals.filter((g) => g.mentorshipId === ms.id);
    assert.deepEqual(new Set(goals.map((g) => g.framework)), new Set(['SMART', 'REAL', 'OKR']));
    assert.ok(goals.every((g) => g.milestones.length >= 2));
    assert.ok(program.recaps.some((r) => r.mentorshipId === ms.id && r.actionItems.length > 0));

    const pulse = program.surveys.find((s) => s.id === FIXTURE_IDS.pulseSurvey)!;
    assert.deepEqual(
      new Set(pulse.questions.map((q) => q.type)),
      new Set(['rating', 'yes-no', 'nps', 'single', 'multiple', 'short-text', 'long-text']),
    );
    const checkIn = program.surveys.find((s) => s.id === FIXTURE_IDS.checkInSurvey)!;
    assert.equal(checkIn.twoSided, true);
    assert.equal(checkIn.mentorshipId, ms.id);
  });

  it('builds agreements with the template sections, true content hashes and an intact audit chain', async () => {
    const record = program.agreements.find(
      (a) => a.agreement.id === FIXTURE_IDS.agreementAwaitingSignature,
    )!;
    assert.equal(record.agreement.status, 'partially-signed');
    assert.deepEqual(
      record.agreement.signatures.map((s) => s.personId),
      [PERSONAS.partnerMentor],
    );
    assert.deepEqual(
      record.agreement.sections.map((s) => s.key),
      [
        'goals',
        'cadence',
        'communication',
        'confidentiality',
        'duration',
        'no-fault-exit',
        'commitments',
      ],
    );
    assert.equal(record.versions.length, 2);
    for (const { agreement, versions, audit } of program.agreements) {
      assert.equal(
        agreement.contentHash,
        await agreementContentHash(agreement.id, agreement.version, agreement.sections),
      );
      for (const version of versions) {
        assert.equal(
          version.contentHash,
          await agreementContentHash(agreement.id, version.version, version.sections),
        );
      }
      let prev = ZERO_HASH;
      for (const [index, event] of audit.entries()) {
        assert.equal(event.seq, index + 1);
        assert.equal(event.prevHash, prev);
        const { hash, ...body } = event;
        assert.equal(hash, await auditEventHash(body));
        prev = hash;
      }
    }
  });

  it('scales to 100,000 mentors with the personas unchanged', async () => {
    const started = performance.now();
    const big = await generateProgram({ now, mentors: 100_000 });
    // A figure for people reading the test output, not an assertion: the machine may be busy.
    console.log(`generated 100,000 mentors in ${Math.round(performance.now() - started)} ms`);
    assert.equal(big.mentors.length, 100_000);
    assert.equal(new Set(big.mentors.map((m) => m.id)).size, 100_000);
    const kwame = big.mentors.find((m) => m.id === PERSONAS.mentor)!;
    assert.equal(kwame.activeMentees, 0);
    assert.equal(
      big.requests.find((r) => r.id === FIXTURE_IDS.pendingRequest)?.mentorId,
      PERSONAS.mentor,
    );
  });
});
