// Fills the database from the shared fixture generator (the same program the memory API serves):
// mentors, mentees, requests in every state, mentorships with goals and recaps, surveys and
// agreements with their history. Runs on first start when the database is empty, and from
// `npm run seed`.
import { sql } from 'drizzle-orm';
import { generateProgram, type ProgramFixture } from '../src/fixtures/index.js';
import type { Db, Tx } from './db/connection.js';
import * as tables from './db/schema.js';
import { personToRow, type NewPersonRow } from './repositories/people.js';

export interface SeedOptions {
  /** Defaults: the generator's own (the memory API's program). */
  mentors?: number;
  mentees?: number;
  seed?: number;
  now: Date;
}

const BATCH = 400;

async function insertAll<T>(tx: Tx, table: Parameters<Tx['insert']>[0], rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await tx.insert(table).values(rows.slice(i, i + BATCH) as never);
}

export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: tables.programs.id }).from(tables.programs).limit(1);
  return rows.length === 0;
}

/** Removes every row (keeps the schema). */
export async function clearDatabase(db: Tx): Promise<void> {
  const names = Object.values(tables)
    .map((table) =>
      sql.identifier((table as unknown as { [key: symbol]: string })[Symbol.for('drizzle:Name')]!),
    )
    .filter(Boolean);
  await db.execute(sql`truncate ${sql.join(names, sql`, `)}`);
}

const generate = (options: SeedOptions) =>
  generateProgram({
    ...(options.mentors !== undefined ? { mentors: options.mentors } : {}),
    ...(options.mentees !== undefined ? { mentees: options.mentees } : {}),
    now: options.now,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });

export async function seedDatabase(db: Db, options: SeedOptions): Promise<ProgramFixture> {
  const fixture = await generate(options);
  await writeFixture(db, fixture, options.now);
  // Fresh statistics right away: until autovacuum analyzes the new rows, the planner guesses
  // `rows=1` and picks bitmap plans that take seconds at 100k mentors.
  await db.execute(sql`analyze`);
  return fixture;
}

/**
 * Replaces every row with a fresh program in one transaction, under a running server: its other
 * requests see the old program or the new one, never an empty database (demo mode's reset).
 */
export async function reseedDatabase(db: Db, options: SeedOptions): Promise<ProgramFixture> {
  const fixture = await generate(options);
  await db.transaction(async (tx) => {
    await clearDatabase(tx);
    await writeFixture(tx, fixture, options.now);
  });
  await db.execute(sql`analyze`);
  return fixture;
}

export async function writeFixture(db: Tx, fixture: ProgramFixture, now: Date): Promise<void> {
  const programId = fixture.program.id;
  const mentors = new Map(fixture.mentors.map((mentor) => [mentor.id, mentor]));
  const mentees = new Map(fixture.mentees.map((row) => [row.person.id, row.mentee]));
  const peopleRows: NewPersonRow[] = fixture.people.map((person) => {
    const mentor = mentors.get(person.id);
    const mentee = mentees.get(person.id);
    return personToRow(person, programId, fixture.roles[person.id] ?? [], {
      ...(mentor ? { mentor } : {}),
      ...(mentee ? { mentee } : {}),
      now,
    });
  });
  await db.transaction(async (tx) => {
    await tx.insert(tables.programs).values({
      id: programId,
      name: fixture.program.name,
      type: fixture.program.type,
      maxActiveMentorshipsPerMentee: fixture.program.settings.maxActiveMentorshipsPerMentee,
      mentorCapacityMax: fixture.program.settings.mentorCapacityMax,
      goalsNeedMentorConfirmation: fixture.program.settings.goalsNeedMentorConfirmation,
    });
    await insertAll(tx, tables.people, peopleRows);
    await insertAll(
      tx,
      tables.requests,
      fixture.requests.map((r) => ({
        id: r.id,
        programId: r.programId,
        menteeId: r.menteeId,
        mentorId: r.mentorId,
        status: r.status,
        message: r.message,
        goals: r.goals,
        expectations: r.expectations,
        cadence: r.preferences.cadence,
        format: r.preferences.format,
        durationWeeks: r.preferences.durationWeeks,
        thread: r.thread,
        declineReason: r.decline?.reason ?? null,
        declineNote: r.decline?.note ?? null,
        withdrawnReason: r.withdrawnReason,
        mentorshipId: r.mentorshipId,
        createdAt: new Date(r.createdAt),
        updatedAt: new Date(r.updatedAt),
        expiresAt: new Date(r.expiresAt),
        firstAnsweredAt: r.firstAnsweredAt ? new Date(r.firstAnsweredAt) : null,
        version: r.version,
      })),
    );
    await insertAll(
      tx,
      tables.mentorships,
      fixture.mentorships.map((m) => ({
        id: m.id,
        programId: m.programId,
        programType: m.programType,
        requestId: m.requestId,
        mentorId: m.mentorId,
        menteeId: m.menteeId,
        status: m.status,
        agreementId: m.agreementId,
        startedAt: new Date(m.startedAt),
        endedAt: m.endedAt ? new Date(m.endedAt) : null,
        version: m.version,
      })),
    );
    await insertAll(
      tx,
      tables.goals,
      fixture.goals.map((g) => ({
        ...g,
        createdAt: new Date(g.createdAt),
        updatedAt: new Date(g.updatedAt),
      })),
    );
    await insertAll(
      tx,
      tables.recaps,
      fixture.recaps.map((r) => ({ ...r, createdAt: new Date(r.createdAt) })),
    );
    await insertAll(
      tx,
      tables.surveys,
      fixture.surveys.map((s) => ({
        ...s,
        opensAt: s.opensAt ? new Date(s.opensAt) : null,
        closesAt: s.closesAt ? new Date(s.closesAt) : null,
      })),
    );
    await insertAll(
      tx,
      tables.surveyResponses,
      fixture.surveyResponses.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt) })),
    );
    for (const record of fixture.agreements) {
      const a = record.agreement;
      await tx.insert(tables.agreements).values({
        id: a.id,
        mentorshipId: a.mentorshipId,
        mentorId: a.mentorId,
        menteeId: a.menteeId,
        title: a.title,
        sections: a.sections,
        version: a.version,
        contentHash: a.contentHash,
        updatedAt: new Date(a.updatedAt),
        updatedBy: a.updatedBy,
        endedAt: a.endedAt ? new Date(a.endedAt) : null,
      });
    }
    await insertAll(
      tx,
      tables.agreementVersions,
      fixture.agreements.flatMap((record) =>
        record.versions.map((v) => ({
          agreementId: v.agreementId,
          version: v.version,
          sections: v.sections,
          contentHash: v.contentHash,
          createdAt: new Date(v.createdAt),
          createdBy: v.createdBy,
        })),
      ),
    );
    await insertAll(
      tx,
      tables.signatures,
      fixture.agreements.flatMap((record) =>
        record.versions.flatMap((v) =>
          v.signatures.map((s) => ({
            agreementId: v.agreementId,
            version: s.version,
            personId: s.personId,
            name: s.name,
            role: s.role,
            contentHash: s.contentHash,
            signedAt: new Date(s.signedAt),
            voided: s.voided,
            method: s.method,
            typedName: s.typedName,
            drawing: s.drawing,
            statement: s.statement,
            authentication: s.authentication,
            ipAddress: s.ipAddress,
            userAgent: s.userAgent,
          })),
        ),
      ),
    );
    await insertAll(
      tx,
      tables.auditEvents,
      fixture.agreements.flatMap((record) =>
        record.audit.map((e) => ({ ...e, at: new Date(e.at) })),
      ),
    );
  });
}
