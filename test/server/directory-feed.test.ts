// The directory each server process keeps in memory follows the database: its own writes, other
// processes' writes (a second DirectoryIndexCache on the same database stands in for another
// process), transactions that commit out of order, and truncation behind its back.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { PERSONAS } from '../../src/fixtures/index.js';
import type { MentorQuery } from '../../src/contract/index.js';
import { mentorships, people, requests } from '../../server/db/schema.js';
import { createApp } from '../../server/app.js';
import { testConfig } from '../../server/config.js';
import { silentLogger } from '../../server/logger.js';
import { DirectoryIndexCache } from '../../server/repositories/directory.js';
import { warmUp } from '../../server/warm-up.js';
import {
  postgresSkipReason,
  startTestServer,
  type Backend,
  type TestServer,
} from './support/test-server.js';

function feedSuite(backend: Backend, skip: string | false) {
  describe(`directory change feed on ${backend}`, { skip }, () => {
    let t: TestServer;
    let programId: string;
    before(async () => {
      t = await startTestServer(backend);
      programId = t.fixture.program.id;
    });
    after(() => t?.close());

    const db = () => t.server.database.db;
    /** What another server process would answer for `query` (no viewer: name order). */
    const search = async (directory: DirectoryIndexCache, query: MentorQuery) =>
      (await directory.current(programId)).search({
        query,
        subject: null,
        now: new Date(),
        offset: 0,
        limit: 100,
      });
    const setCapacityFull = (tx: ReturnType<typeof db>, id: string) =>
      tx
        .update(people)
        .set({ capacity: sql`${people.activeMentees}` })
        .where(eq(people.id, id));

    it('is ready for traffic only once its directory is loaded', async () => {
      const directory = new DirectoryIndexCache(db());
      const app = createApp({
        db: db(),
        directory,
        clock: () => new Date(),
        config: testConfig({ port: 0 }),
        log: silentLogger,
      });
      const ready = async () => {
        const response = await app.request('/ready');
        return [response.status, ((await response.json()) as { status: string }).status];
      };
      assert.deepEqual(await ready(), [503, 'starting']);
      await directory.load();
      assert.equal(directory.warm, true);
      assert.deepEqual(await ready(), [200, 'ready']);
    });

    it('warms up before it says ready, and answers every search as without the warm-up', async () => {
      const cold = new DirectoryIndexCache(db());
      await cold.load();
      const warmed = new DirectoryIndexCache(db());
      let warmedPrograms = 0;
      await warmed.load(async (id, index) => {
        assert.equal(warmed.warm, false, 'not ready while warming up');
        await warmUp(db(), id, index);
        warmedPrograms++;
      });
      assert.equal(warmedPrograms, 1);
      assert.equal(warmed.warm, true);
      const subject = t.fixture.mentees[0]!;
      for (const query of [{}, { available: true }, { q: 'lead', sort: 'name' as const }]) {
        const ask = async (directory: DirectoryIndexCache) =>
          (await directory.current(programId)).search({
            query,
            subject,
            now: new Date(),
            offset: 0,
            limit: 20,
          });
        assert.deepEqual(await ask(warmed), await ask(cold), JSON.stringify(query));
      }
    });

    it('shows a mentor who became full as unavailable, in this process and in another', async () => {
      await t.reset();
      const other = new DirectoryIndexCache(db());
      const mentor = PERSONAS.mentor;
      const before = await search(other, { available: true, q: 'Kwame Mensah' });
      assert.deepEqual(before.ids, [mentor], 'fixture: Kwame has open spots');

      // Fill his two spots through the API, as mentees and mentor would.
      const mentees = t.fixture.mentees
        .map(({ person }) => person.id)
        .filter((id) => id !== PERSONAS.requester)
        .slice(5, 7);
      for (const menteeId of mentees) {
        const request = await t.as(menteeId).createRequest({
          mentorId: mentor,
          message: 'I would value your view on how you plan roadmaps with stakeholders.',
          goals: ['Plan roadmaps'],
        });
        await t.as(mentor).acceptRequest(request.id, { version: request.version });
      }

      const served = await t.as(PERSONAS.mentee).searchMentors({ q: 'Kwame Mensah' });
      assert.equal(served.items[0]?.mentor.id, mentor);
      assert.equal(served.items[0]?.openSpots, 0, 'this process saw its own accept');
      assert.equal(served.items[0]?.notRequestableReason, 'full');
      const after = await search(other, { available: true, q: 'Kwame Mensah' });
      assert.deepEqual(after.ids, [], 'another process saw it too');
      assert.equal(after.facets.available, 0);
    });

    it(
      'reads a change committed after a later one (commit order differs from start order)',
      {
        skip:
          backend === 'pglite' ? 'PGlite has one connection: transactions cannot overlap' : false,
      },
      async () => {
        await t.reset();
        const other = new DirectoryIndexCache(db());
        const mentors = t.fixture.mentors.filter(
          (m) => m.capacity > m.activeMentees && m.availability.status === 'open',
        );
        const [early, late] = [mentors[10]!, mentors[11]!];
        /** Which of the two are available (searched by name: a page holds 100 mentors). */
        const available = async () => {
          const ids: string[] = [];
          for (const mentor of [early, late])
            ids.push(...(await search(other, { available: true, q: mentor.name })).ids);
          return ids;
        };
        assert.ok((await available()).includes(early.id), 'fixture: an open mentor');

        // The early transaction writes first but commits last.
        let commitEarly!: () => void;
        const held = new Promise<void>((resolve) => (commitEarly = resolve));
        let written!: () => void;
        const wrote = new Promise<void>((resolve) => (written = resolve));
        const earlyTx = db().transaction(async (tx) => {
          await setCapacityFull(tx, early.id);
          written();
          await held;
        });
        await wrote;
        await setCapacityFull(db(), late.id);

        const meanwhile = await available();
        assert.ok(!meanwhile.includes(late.id), 'the committed change is seen');
        assert.ok(meanwhile.includes(early.id), 'the uncommitted one is not');
        commitEarly();
        await earlyTx;
        assert.ok(!(await available()).includes(early.id), 'the late commit is seen too');
      },
    );

    it('drops a person who stops mentoring and adds one who starts', async () => {
      await t.reset();
      const other = new DirectoryIndexCache(db());
      const leaving = t.fixture.mentors[3]!;
      const joining = t.fixture.mentees[3]!.person;
      const everyone = async () => (await search(other, {})).total;
      const total = await everyone();
      await db().update(people).set({ isMentor: false }).where(eq(people.id, leaving.id));
      await db()
        .update(people)
        .set({ isMentor: true, capacity: 2, skills: ['mentoring'] })
        .where(eq(people.id, joining.id));
      const now = await search(other, { q: joining.name });
      assert.ok(now.ids.includes(joining.id), 'the new mentor is found');
      assert.ok(!(await search(other, { q: leaving.name })).ids.includes(leaving.id));
      assert.equal(await everyone(), total);
    });

    it('signs in and shows cards with what another process wrote last (kept people follow the feed)', async () => {
      await t.reset();
      const mentee = t.as(PERSONAS.mentee);
      const mentor = t.fixture.mentors.find((m) => m.id === PERSONAS.mentor)!;
      const cardTitle = async () =>
        (await mentee.searchMentors({ q: mentor.name })).items[0]?.mentor.title;
      // Twice: the first read keeps the rows, the second is answered from them.
      for (let i = 0; i < 2; i++) {
        assert.equal(
          (await mentee.getMe()).person.title,
          t.fixture.people.find((p) => p.id === PERSONAS.mentee)!.title,
        );
        assert.equal(await cardTitle(), mentor.title);
      }
      // Another process (here: a write straight to the database) changes both people.
      await db()
        .update(people)
        .set({ title: 'Head of Sales' })
        .where(eq(people.id, PERSONAS.mentee));
      await db().update(people).set({ title: 'Chief Mentor' }).where(eq(people.id, mentor.id));
      assert.equal((await mentee.getMe()).person.title, 'Head of Sales');
      assert.equal(await cardTitle(), 'Chief Mentor');
      // The card's kept part (profile, words for scoring) follows too: new skills, new reason.
      const wanted = (await mentee.getMe()).mentee!.wantedSkills;
      await db()
        .update(people)
        .set({ skills: [wanted[0]!] })
        .where(eq(people.id, mentor.id));
      const card = (await mentee.searchMentors({ q: mentor.name })).items[0]!;
      assert.deepEqual(card.mentor.skills, [wanted[0]]);
      assert.deepEqual(card.match.reasons.find((r) => r.kind === 'skills')?.matched, [wanted[0]]);
      // A person removed behind its back is no longer signed in.
      await db().execute(sql`truncate people cascade`);
      await assert.rejects(mentee.getMe(), /not part of this mentoring program/);
    });

    it("shows each card's open request and mentorship as another process wrote them (kept relations follow the feed)", async () => {
      await t.reset();
      const mentorName = (id: string) => t.fixture.mentors.find((m) => m.id === id)!.name;
      const [request] = await db()
        .select()
        .from(requests)
        .where(eq(requests.status, 'pending'))
        .limit(1);
      const [mentorship] = await db()
        .select()
        .from(mentorships)
        .where(eq(mentorships.status, 'active'))
        .limit(1);
      assert.ok(request && mentorship, 'the fixture has an open request and a mentorship');
      /** The reason the mentee of `row` cannot ask its mentor, as their next search shows it. */
      const reasonFor = async (row: { menteeId: string; mentorId: string }) => {
        const page = await t.as(row.menteeId).searchMentors({ q: mentorName(row.mentorId) });
        return page.items.find((card) => card.mentor.id === row.mentorId)?.notRequestableReason;
      };
      // Twice: the first search keeps the relations, the second is answered from them.
      for (let i = 0; i < 2; i++) {
        assert.equal(await reasonFor(request), 'already-requested');
        assert.equal(await reasonFor(mentorship), 'already-mentoring');
      }
      // Another process (here: writes straight to the database) withdraws and ends them.
      await db().update(requests).set({ status: 'withdrawn' }).where(eq(requests.id, request.id));
      assert.notEqual(await reasonFor(request), 'already-requested');
      await db()
        .update(mentorships)
        .set({ status: 'ended' })
        .where(eq(mentorships.id, mentorship.id));
      assert.notEqual(await reasonFor(mentorship), 'already-mentoring');
      // And back: the next search sees the request open again.
      await db().update(requests).set({ status: 'pending' }).where(eq(requests.id, request.id));
      assert.equal(await reasonFor(request), 'already-requested');
    });

    it('reloads after the data is truncated and written again behind its back', async () => {
      await t.reset();
      const other = new DirectoryIndexCache(db());
      const before = await search(other, {});
      await db().execute(sql`truncate people cascade`);
      assert.equal((await search(other, {})).total, 0, 'nobody left');
      await t.reset();
      const again = await search(other, {});
      assert.equal(again.total, before.total);
      assert.deepEqual(again.ids, before.ids);
    });

    it(
      'asks the embedded database nothing while nothing was written, and checks again after a write',
      { skip: backend === 'pglite' ? false : 'PostgreSQL has other writers: every check asks' },
      async () => {
        await t.reset();
        const directory = new DirectoryIndexCache(db());
        await search(directory, {});
        await search(directory, {}); // the load's own transaction made this one check once
        const client = (db() as unknown as { $client: { query: (...args: never[]) => unknown } })
          .$client;
        const query = client.query;
        let asked = 0;
        client.query = (...args) => (asked++, query.apply(client, args));
        try {
          for (let i = 0; i < 5; i++) await search(directory, { available: true });
          assert.equal(asked, 0, 'no query while nothing was written');
          const mentor = PERSONAS.mentor;
          await setCapacityFull(db(), mentor);
          const after = await search(directory, { available: true, q: 'Kwame Mensah' });
          assert.deepEqual(after.ids, [], 'the write is seen: Kwame is full');
          assert.ok(asked >= 2, 'the write and one check');
        } finally {
          client.query = query;
        }
      },
    );

    it(
      'asks PostgreSQL only for its snapshot while nothing was written, and for the changes after a write',
      { skip: backend === 'postgres' ? false : 'the embedded database counts its writes instead' },
      async () => {
        await t.reset();
        const directory = new DirectoryIndexCache(db());
        await search(directory, {});
        await search(directory, {});
        type Unsafe = (text: string, ...rest: never[]) => unknown;
        const client = (db() as unknown as { $client: { unsafe: Unsafe } }).$client;
        const unsafe = client.unsafe;
        const asked: string[] = [];
        client.unsafe = (text, ...rest) => (asked.push(text), unsafe.call(client, text, ...rest));
        const changesAsked = () => asked.filter((text) => text.includes('string_agg')).length;
        try {
          for (let i = 0; i < 5; i++) await search(directory, { available: true });
          assert.ok(asked.length >= 5, 'every search checks the snapshot');
          assert.equal(changesAsked(), 0, 'no changes read while nothing was written');
          await setCapacityFull(db(), PERSONAS.mentor);
          const after = await search(directory, { available: true, q: 'Kwame Mensah' });
          assert.deepEqual(after.ids, [], 'the write is seen: Kwame is full');
          assert.equal(changesAsked(), 1, 'the changes were read once');
        } finally {
          client.unsafe = unsafe;
        }
      },
    );
  });
}

feedSuite('pglite', false);
feedSuite('postgres', postgresSkipReason());
