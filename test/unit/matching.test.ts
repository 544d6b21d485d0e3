import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MenteeProfile, MentorProfile, Person } from '../../src/contract/index.js';
import { Match, MentorCard } from '../../src/contract/index.js';
import {
  DEFAULT_WEIGHTS,
  explainReason,
  findConflicts,
  isBlocked,
  resolveWeights,
  scoreMentor,
  sharedWorkingHours,
  toMentorCard,
  utcOffsetHours,
  type MenteeSubject,
} from '../../src/matching/index.js';

const NOW = new Date('2026-06-15T12:00:00Z');

function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'mentee-1',
    name: 'Ana Souza',
    email: 'ana@example.com',
    title: 'Product Analyst',
    department: 'Product',
    location: { city: 'Madrid', country: 'Spain', timeZone: 'Europe/Madrid' },
    languages: ['es', 'en'],
    avatarUrl: null,
    managerIds: ['boss-1', 'boss-2'],
    budgetOwnerId: 'budget-a',
    ...overrides,
  };
}

function mentor(overrides: Partial<MentorProfile> = {}): MentorProfile {
  return {
    ...person({
      id: 'mentor-1',
      name: 'Kwame Mensah',
      managerIds: ['vp-1'],
      budgetOwnerId: 'budget-b',
    }),
    bio: 'Product leader.',
    skills: ['Negotiation', 'Roadmapping', 'SQL'],
    interests: ['public speaking', 'writing'],
    yearsExperience: 12,
    programTypes: ['career'],
    capacity: 3,
    activeMentees: 1,
    availability: { status: 'open', pausedUntil: null },
    formats: ['video'],
    cadence: 'biweekly',
    responsiveness: { medianHoursToFirstReply: 20, answeredShare: 1, sampleSize: 8 },
    joinedAt: '2025-01-10T09:00:00Z',
    ...overrides,
  };
}

const menteeProfile: MenteeProfile = {
  goals: ['Lead a product launch'],
  wantedSkills: ['negotiation', 'roadmapping', 'stakeholder management'],
  interests: ['writing', 'public speaking', 'design'],
};
const subject: MenteeSubject = { person: person(), mentee: menteeProfile };

describe('scoreMentor', () => {
  it('gives a perfect score when every criterion is fully met, with a reason for each', () => {
    const perfect = mentor({
      skills: ['Negotiation', 'Roadmapping', 'Stakeholder management'],
      interests: ['writing', 'public speaking', 'design'],
    });
    const match = scoreMentor(subject, perfect, { now: NOW });
    assert.equal(match.score, 100);
    assert.deepEqual(match.reasons.map((reason) => reason.kind).sort(), [
      'capacity',
      'interests',
      'languages',
      'location',
      'responsiveness',
      'skills',
      'timezone',
    ]);
    assert.ok(Match.safeParse(match).success);
  });

  it('explains shared skills with the mentor’s spelling, in the mentee’s order', () => {
    const match = scoreMentor(subject, mentor(), { now: NOW });
    const skills = match.reasons.find((reason) => reason.kind === 'skills')!;
    assert.deepEqual(skills.matched, ['Negotiation', 'Roadmapping']);
    assert.equal(skills.value, 2);
    assert.equal(skills.total, 3);
    assert.equal(
      explainReason(skills),
      'Teaches 2 of the 3 skills you want: Negotiation and Roadmapping',
    );
    // 2 of 3 wanted skills -> two thirds of the 35 skill points.
    assert.equal(skills.points, 23.3);
  });

  it('drops criteria that contribute nothing and scores zero for a mentor sharing nothing', () => {
    const stranger = mentor({
      skills: ['Welding'],
      interests: ['sailing'],
      languages: ['ja'],
      location: { city: 'Auckland', country: 'New Zealand', timeZone: 'Pacific/Auckland' },
      responsiveness: { medianHoursToFirstReply: null, answeredShare: null, sampleSize: 0 },
      activeMentees: 3,
    });
    const match = scoreMentor(subject, stranger, { now: NOW });
    assert.equal(match.score, 0);
    assert.deepEqual(match.reasons, []);
  });

  it('handles a mentee with no wanted skills or interests without dividing by zero', () => {
    const empty: MenteeSubject = {
      person: person(),
      mentee: { goals: [], wantedSkills: [], interests: [] },
    };
    const match = scoreMentor(empty, mentor(), { now: NOW });
    assert.ok(Number.isInteger(match.score));
    assert.ok(
      !match.reasons.some((reason) => reason.kind === 'skills' || reason.kind === 'interests'),
    );
  });

  it('re-weights: only skills counting makes the score the share of wanted skills taught', () => {
    const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((key) => [key, 0]));
    const match = scoreMentor(subject, mentor(), { now: NOW, weights: { ...zero, skills: 1 } });
    assert.equal(match.score, 67);
    assert.deepEqual(
      match.reasons.map((reason) => reason.kind),
      ['skills'],
    );
  });

  it('all weights zero gives zero, never NaN', () => {
    const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((key) => [key, 0]));
    assert.equal(scoreMentor(subject, mentor(), { now: NOW, weights: zero }).score, 0);
  });

  it('ignores invalid weight overrides', () => {
    assert.deepEqual(resolveWeights({ skills: -5, languages: Number.NaN, location: 9 }), {
      ...DEFAULT_WEIGHTS,
      location: 9,
    });
  });

  it('matches languages on the base tag (pt-BR speaks pt)', () => {
    const match = scoreMentor(
      { ...subject, person: person({ languages: ['pt-BR'] }) },
      mentor({ languages: ['pt'] }),
      { now: NOW },
    );
    assert.deepEqual(match.reasons.find((reason) => reason.kind === 'languages')?.matched, [
      'pt-BR',
    ]);
  });

  it('gives partial location credit for the same country, full for the same city', () => {
    const sameCountry = scoreMentor(
      subject,
      mentor({ location: { city: 'Barcelona', country: 'Spain', timeZone: 'Europe/Madrid' } }),
      { now: NOW },
    );
    const sameCity = scoreMentor(subject, mentor(), { now: NOW });
    assert.equal(sameCountry.reasons.find((r) => r.kind === 'location')?.points, 2);
    assert.equal(sameCity.reasons.find((r) => r.kind === 'location')?.points, 5);
  });

  it('rewards fast, reliable replies more than slow or patchy ones', () => {
    const points = (hours: number | null, share: number | null) =>
      scoreMentor(
        subject,
        mentor({
          responsiveness: { medianHoursToFirstReply: hours, answeredShare: share, sampleSize: 5 },
        }),
        { now: NOW },
      ).reasons.find((r) => r.kind === 'responsiveness')?.points ?? 0;
    assert.ok(points(10, 1) > points(48, 1));
    assert.ok(points(48, 1) > points(48, 0.5));
    assert.equal(points(400, 1), 0);
    assert.equal(points(null, null), 0);
  });

  it('gives no capacity points to a full or paused mentor', () => {
    const has = (m: MentorProfile) =>
      scoreMentor(subject, m, { now: NOW }).reasons.some((r) => r.kind === 'capacity');
    assert.equal(has(mentor({ activeMentees: 3 })), false);
    assert.equal(
      has(mentor({ availability: { status: 'paused', pausedUntil: '2026-09-01' } })),
      false,
    );
    assert.equal(
      has(mentor({ availability: { status: 'paused', pausedUntil: '2026-01-01' } })),
      true,
      'pause over',
    );
  });

  it('is deterministic', () => {
    assert.deepEqual(
      scoreMentor(subject, mentor(), { now: NOW }),
      scoreMentor(subject, mentor(), { now: NOW }),
    );
  });
});

describe('time zones', () => {
  it('reads DST-aware offsets, including half hours', () => {
    assert.equal(utcOffsetHours('Europe/Madrid', NOW), 2);
    assert.equal(utcOffsetHours('Europe/Madrid', new Date('2026-01-15T12:00:00Z')), 1);
    assert.equal(utcOffsetHours('Asia/Kolkata', NOW), 5.5);
    assert.equal(utcOffsetHours('America/New_York', NOW), -4);
    assert.equal(utcOffsetHours('Not/AZone', NOW), 0);
  });

  it('computes shared working hours, wrapping around midnight', () => {
    assert.equal(sharedWorkingHours('Europe/Madrid', 'Europe/Berlin', NOW), 8);
    assert.equal(sharedWorkingHours('Europe/Madrid', 'America/New_York', NOW), 2);
    assert.equal(sharedWorkingHours('Europe/London', 'Asia/Tokyo', NOW), 0);
    // Auckland (+12) and Honolulu (-10) are 22 hours apart one way, 2 the other.
    assert.equal(sharedWorkingHours('Pacific/Auckland', 'Pacific/Honolulu', NOW), 6);
  });
});

describe('conflicts of interest', () => {
  it('blocks a mentor anywhere in the mentee’s management line', () => {
    for (const managerId of ['boss-1', 'boss-2']) {
      const conflicts = findConflicts(person(), { id: managerId, budgetOwnerId: null });
      assert.deepEqual(conflicts, [{ kind: 'management-line', severity: 'block' }]);
      assert.equal(isBlocked(conflicts), true);
    }
  });

  it('only warns when mentor and mentee share a budget owner', () => {
    const conflicts = findConflicts(person(), { id: 'peer', budgetOwnerId: 'budget-a' });
    assert.deepEqual(conflicts, [{ kind: 'same-budget-owner', severity: 'warn' }]);
    assert.equal(isBlocked(conflicts), false);
  });

  it('does not treat two missing budget owners as shared, nor a report as a manager', () => {
    assert.deepEqual(
      findConflicts(person({ budgetOwnerId: null }), { id: 'x', budgetOwnerId: null }),
      [],
    );
    // The mentee managing the mentor (reverse mentoring) is not a block.
    assert.deepEqual(
      findConflicts(person({ managerIds: [] }), {
        id: 'someone-reporting-to-ana',
        budgetOwnerId: null,
      }),
      [],
    );
  });
});

describe('toMentorCard', () => {
  const card = (m: MentorProfile, context = {}) =>
    toMentorCard(subject, m, { now: NOW, ...context });

  it('marks an open mentor requestable with open spots', () => {
    const result = card(mentor());
    assert.equal(result.requestable, true);
    assert.equal(result.notRequestableReason, null);
    assert.equal(result.openSpots, 2);
    assert.ok(MentorCard.safeParse(result).success);
  });

  it('explains why a mentor cannot be requested, most important reason first', () => {
    assert.equal(card(mentor({ activeMentees: 3 })).notRequestableReason, 'full');
    assert.equal(card(mentor({ activeMentees: 5 })).openSpots, 0, 'never negative');
    assert.equal(
      card(mentor({ availability: { status: 'paused', pausedUntil: null } })).notRequestableReason,
      'paused',
    );
    assert.equal(
      card(mentor({ id: 'boss-1', activeMentees: 3 })).notRequestableReason,
      'conflict-of-interest',
    );
    assert.equal(
      card(mentor(), { openRequestMentorIds: new Set(['mentor-1']) }).notRequestableReason,
      'already-requested',
    );
    assert.equal(
      card(mentor(), { activeMentorIds: new Set(['mentor-1']) }).notRequestableReason,
      'already-mentoring',
    );
    assert.equal(card(mentor({ id: 'mentee-1' })).notRequestableReason, 'self');
  });

  it('gives viewers without a mentee profile no score and no request button', () => {
    const result = toMentorCard(null, mentor(), { now: NOW });
    assert.equal(result.match.score, 0);
    assert.equal(result.requestable, false);
  });
});
