// Directory: who am I, free-text search, filters, facets, sorting, paging, explained cards.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  Me,
  MentorPage,
  MentorProfile,
  type MentorCard,
  type MentorQuery,
} from '../../src/contract/index.js';
import { utcOffsetHours } from '../../src/matching/index.js';
import type { MentoringApi } from '../../src/client/api.js';
import {
  assertValid,
  expectProblem,
  fieldPaths,
  withHarness,
  type MakeHarness,
} from './support.js';

async function allCards(
  api: MentoringApi,
  query: MentorQuery,
): Promise<{ cards: MentorCard[]; total: number; pages: number }> {
  const cards: MentorCard[] = [];
  let cursor: string | undefined;
  let total = 0;
  let pages = 0;
  do {
    const page = await api.searchMentors({ ...query, ...(cursor ? { cursor } : {}) });
    assertValid(MentorPage, page, 'mentor page');
    cards.push(...page.items);
    total = page.total;
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 50);
  return { cards, total, pages };
}

const words = (card: MentorCard) =>
  [
    card.mentor.name,
    card.mentor.title,
    card.mentor.department,
    ...card.mentor.skills,
    ...card.mentor.interests,
  ]
    .join(' ')
    .toLowerCase();

export function directoryBehaviour(makeHarness: MakeHarness) {
  describe('who is signed in and the directory', () => {
    const h = withHarness(makeHarness, { before, after });

    it('tells each person who they are and what roles they have', async () => {
      const { personas } = h();
      const me = await h().as(personas.mentee).getMe();
      assertValid(Me, me, 'me');
      assert.equal(me.person.id, personas.mentee);
      assert.ok(me.roles.includes('mentee'));
      assert.ok(me.mentee && me.mentee.wantedSkills.length > 0);
      const admin = await h().as(personas.admin).getMe();
      assert.ok(admin.roles.includes('admin'));
    });

    it('pages through every mentor with an opaque cursor, without repeats', async () => {
      const api = h().as(h().personas.mentee);
      const { cards, total, pages } = await allCards(api, { limit: 100, sort: 'name' });
      assert.ok(total >= 200, `only ${total} mentors`);
      assert.equal(cards.length, total);
      assert.equal(new Set(cards.map((c) => c.mentor.id)).size, total, 'no mentor twice');
      assert.ok(pages >= 3);
      const small = await api.searchMentors({ limit: 7 });
      assert.equal(small.items.length, 7);
      assert.ok(small.nextCursor);
    });

    it('finds mentors by name, title, skills or interests, ignoring case', async () => {
      const api = h().as(h().personas.mentee);
      const { cards } = await allCards(api, { q: 'STAKEHOLDER', limit: 100 });
      assert.ok(cards.length > 0);
      assert.ok(
        cards.every((card) => /\bstakeholder/.test(words(card))),
        'every result mentions stakeholder',
      );
      assert.ok(cards.some((card) => card.mentor.id === h().personas.mentor));
      const byName = await api.searchMentors({ q: 'kwame mensah' });
      assert.equal(byName.items[0]?.mentor.id, h().personas.mentor);
      const none = await api.searchMentors({ q: 'zzqxv-nothing-matches' });
      assert.equal(none.total, 0);
      assert.deepEqual(none.items, []);
    });

    it('filters by skills (all of them), languages, location, department, time zone and availability', async () => {
      const api = h().as(h().personas.mentee);
      const now = new Date();
      const bySkills = await allCards(api, {
        skills: ['negotiation', 'public speaking'],
        limit: 100,
      });
      assert.ok(bySkills.cards.length > 0);
      assert.ok(
        bySkills.cards.every(
          (c) =>
            c.mentor.skills.includes('negotiation') && c.mentor.skills.includes('public speaking'),
        ),
      );
      const byLanguage = await allCards(api, { languages: ['pt'], limit: 100 });
      assert.ok(
        byLanguage.cards.length > 0 &&
          byLanguage.cards.every((c) => c.mentor.languages.includes('pt')),
      );
      const inLondon = await allCards(api, { locations: ['London'], limit: 100 });
      assert.ok(
        inLondon.cards.length > 0 &&
          inLondon.cards.every((c) => c.mentor.location.city === 'London'),
      );
      const design = await allCards(api, { departments: ['Design'], limit: 100 });
      assert.ok(
        design.cards.length > 0 && design.cards.every((c) => c.mentor.department === 'Design'),
      );
      const asia = await allCards(api, { utcOffsetMin: 5, utcOffsetMax: 10, limit: 100 });
      assert.ok(asia.cards.length > 0);
      for (const c of asia.cards) {
        const offset = utcOffsetHours(c.mentor.location.timeZone, now);
        assert.ok(offset >= 5 && offset <= 10, `${c.mentor.location.timeZone} is at UTC${offset}`);
      }
      const open = await allCards(api, { available: true, limit: 100 });
      const everyone = await api.searchMentors({ limit: 1 });
      assert.ok(open.total > 0 && open.total < everyone.total, 'some mentors are not available');
      assert.ok(
        open.cards.every(
          (c) =>
            c.openSpots > 0 &&
            c.notRequestableReason !== 'full' &&
            c.notRequestableReason !== 'paused',
        ),
      );
      assert.equal(everyone.facets.available, open.total);
    });

    it('leaves out mentors a conflict blocks when asked, from results, total and facets alike', async () => {
      const api = h().as(h().personas.mentee);
      const manager = h().personas.menteesManager;
      const query = { q: 'Leila Haddad', limit: 100 } as const;
      const shown = await api.searchMentors(query);
      const card = shown.items.find((c) => c.mentor.id === manager);
      assert.equal(card?.notRequestableReason, 'conflict-of-interest', 'fixture: her manager');
      const hidden = await api.searchMentors({ ...query, hideBlocked: true });
      assert.ok(!hidden.items.some((c) => c.mentor.id === manager));
      assert.equal(hidden.total, shown.total - 1);
      const department = card.mentor.department;
      const count = (page: typeof shown) =>
        page.facets.departments.find((f) => f.value === department)?.count ?? 0;
      assert.equal(count(hidden), count(shown) - 1, `${department} counts one fewer`);
      // A viewer who is not a mentee has nobody to hide.
      const everyone = await h().as(h().personas.admin).searchMentors({ limit: 1 });
      const again = await h().as(h().personas.admin).searchMentors({ limit: 1, hideBlocked: true });
      assert.equal(again.total, everyone.total);
    });

    it('counts each facet value given the other filters', async () => {
      const api = h().as(h().personas.mentee);
      const base = await api.searchMentors({ languages: ['en'], limit: 1 });
      const skill = base.facets.skills[0]!;
      const withSkill = await api.searchMentors({
        languages: ['en'],
        skills: [skill.value],
        limit: 1,
      });
      assert.equal(withSkill.total, skill.count, `facet count for ${skill.value}`);
      // A selected department still shows the other departments, with what choosing them would give.
      const design = await api.searchMentors({ departments: ['Design'], limit: 1 });
      const other = design.facets.departments.find((f) => f.value !== 'Design')!;
      assert.ok(other, 'other departments stay listed');
      const thatOne = await api.searchMentors({ departments: [other.value], limit: 1 });
      assert.equal(thatOne.total, other.count);
      const designFacet = design.facets.departments.find((f) => f.value === 'Design');
      assert.equal(designFacet?.count, design.total);
    });

    it('sorts by best match, by responsiveness and by name', async () => {
      const api = h().as(h().personas.mentee);
      const match = await allCards(api, { limit: 100 });
      const scores = match.cards.map((c) => c.match.score);
      assert.deepEqual(
        scores,
        [...scores].sort((a, b) => b - a),
        'best match first (the default for a mentee)',
      );
      const responsive = await api.searchMentors({ sort: 'responsive', limit: 50 });
      const hours = responsive.items.map(
        (c) => c.mentor.responsiveness.medianHoursToFirstReply ?? Infinity,
      );
      assert.deepEqual(
        hours,
        [...hours].sort((a, b) => a - b),
      );
      const byName = await allCards(api, { sort: 'name', limit: 100 });
      const initials = byName.cards.map((c) => c.mentor.name[0]!).filter((ch) => /[A-Z]/.test(ch));
      assert.deepEqual(initials, [...initials].sort());
    });

    it('explains scores and marks mentors who cannot be requested, with the reason', async () => {
      const { personas } = h();
      const api = h().as(personas.mentee);
      const card = async (name: string) => (await api.searchMentors({ q: name })).items[0]!;
      const kwame = await card('Kwame Mensah');
      assert.equal(kwame.requestable, true);
      assert.equal(kwame.openSpots, 2);
      assert.ok(kwame.match.score > 50);
      const skills = kwame.match.reasons.find((r) => r.kind === 'skills');
      assert.ok(skills && skills.matched.includes('stakeholder management'));
      const manager = await card('Leila Haddad');
      assert.equal(manager.mentor.id, personas.menteesManager);
      assert.deepEqual(
        [manager.requestable, manager.notRequestableReason],
        [false, 'conflict-of-interest'],
      );
      assert.ok(
        manager.match.conflicts.some((c) => c.kind === 'management-line' && c.severity === 'block'),
      );
      const full = await card('Marta Kowalska');
      assert.deepEqual(
        [full.requestable, full.notRequestableReason, full.openSpots],
        [false, 'full', 0],
      );
      const paused = await card('Tomás Herrera');
      assert.deepEqual([paused.requestable, paused.notRequestableReason], [false, 'paused']);
      const current = await card('Priya Nair');
      assert.deepEqual(
        [current.requestable, current.notRequestableReason],
        [false, 'already-mentoring'],
      );
    });

    it('re-weights scores when asked', async () => {
      const api = h().as(h().personas.mentee);
      const onlyCapacity = {
        skills: 0,
        interests: 0,
        languages: 0,
        timezone: 0,
        location: 0,
        responsiveness: 0,
        capacity: 100,
      };
      const page = await api.searchMentors({ weights: onlyCapacity, limit: 100 });
      const today = new Date().toISOString().slice(0, 10);
      for (const c of page.items) {
        const { status, pausedUntil } = c.mentor.availability;
        const paused = status === 'paused' && (pausedUntil === null || pausedUntil > today);
        const free = c.openSpots > 0 && !paused;
        assert.equal(c.match.score, free ? 100 : 0, c.mentor.name);
      }
    });

    it('returns one mentor profile, and a 404 problem for an unknown one', async () => {
      const api = h().as(h().personas.mentee);
      const mentor = await api.getMentor(h().personas.mentor);
      assertValid(MentorProfile, mentor, 'mentor');
      assert.equal(mentor.name, 'Kwame Mensah');
      await expectProblem(api.getMentor('no-such-mentor'), { status: 404, code: 'not-found' });
    });

    it('refuses an invalid query with field errors', async () => {
      const api = h().as(h().personas.mentee);
      const error = await expectProblem(api.searchMentors({ limit: 1000 }), { status: [400, 422] });
      assert.ok(fieldPaths(error).includes('limit'), `paths: ${fieldPaths(error).join(', ')}`);
    });

    it('gives copies: changing a returned object changes nothing stored', async () => {
      const api = h().as(h().personas.mentee);
      const mentor = await api.getMentor(h().personas.mentor);
      mentor.name = 'Changed';
      mentor.skills.push('juggling');
      const again = await api.getMentor(h().personas.mentor);
      assert.equal(again.name, 'Kwame Mensah');
      assert.ok(!again.skills.includes('juggling'));
    });
  });
}
