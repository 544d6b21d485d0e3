// Partnership agreements: every edit is a new version that voids earlier signatures; a signature
// binds one exact version and content hash; every event is appended to a hash-chained audit trail.
import { and, asc, desc, eq } from 'drizzle-orm';
import {
  ProblemCode,
  ZERO_HASH,
  agreementContentHash,
  auditEventHash,
  type Agreement,
  type AgreementSection,
  type AgreementVersion,
  type AuditEvent,
  type AuditTrail,
  type SignAgreement,
  type UpdateAgreement,
} from '../../src/contract/index.js';
import { agreementSections, agreementTitle } from '../../src/fixtures/agreement-template.js';
import type { Tx } from '../db/connection.js';
import { agreementVersions, agreements, auditEvents, signatures } from '../db/schema.js';
import { assertVersion } from '../problems.js';
import { newId } from '../ids.js';
import { problems } from '../problems.js';
import { isAdmin, type PersonRow } from './people.js';

type AgreementRow = typeof agreements.$inferSelect;
type SignatureRow = typeof signatures.$inferSelect;
type AuditType = AuditEvent['type'];

const toSignature = (row: SignatureRow) => ({
  personId: row.personId,
  name: row.name,
  role: row.role,
  version: row.version,
  contentHash: row.contentHash,
  signedAt: row.signedAt.toISOString(),
});

async function toContract(tx: Tx, row: AgreementRow): Promise<Agreement> {
  const valid = await tx
    .select()
    .from(signatures)
    .where(
      and(
        eq(signatures.agreementId, row.id),
        eq(signatures.version, row.version),
        eq(signatures.voided, false),
      ),
    )
    .orderBy(asc(signatures.signedAt));
  return {
    id: row.id,
    mentorshipId: row.mentorshipId,
    mentorId: row.mentorId,
    menteeId: row.menteeId,
    title: row.title,
    sections: row.sections,
    version: row.version,
    contentHash: row.contentHash,
    signatures: valid.map(toSignature),
    status:
      valid.length >= 2
        ? 'signed'
        : valid.length === 1
          ? 'partially-signed'
          : 'awaiting-signatures',
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** Appends one event, chained to the previous one's hash. Caller holds the agreement row lock. */
async function appendAudit(
  tx: Tx,
  event: {
    agreementId: string;
    type: AuditType;
    actorId: string;
    at: Date;
    version: number;
    contentHash: string;
  },
): Promise<void> {
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.agreementId, event.agreementId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const entry = {
    seq: (last?.seq ?? 0) + 1,
    agreementId: event.agreementId,
    type: event.type,
    actorId: event.actorId,
    at: event.at.toISOString(),
    version: event.version,
    contentHash: event.contentHash,
    prevHash: last?.hash ?? ZERO_HASH,
  };
  const hash = await auditEventHash(entry);
  await tx.insert(auditEvents).values({ ...entry, at: event.at, hash });
}

export async function createAgreementForMentorship(
  tx: Tx,
  input: {
    mentorshipId: string;
    mentor: PersonRow;
    mentee: PersonRow;
    goals: string[];
    actorId: string;
    now: Date;
  },
): Promise<string> {
  const id = newId('agr');
  const start = input.now.toISOString().slice(0, 10);
  const end = new Date(input.now.getTime() + 12 * 7 * 86_400_000).toISOString().slice(0, 10);
  const sections = agreementSections({
    mentorName: input.mentor.name,
    menteeName: input.mentee.name,
    goals: input.goals,
    cadence: input.mentor.cadence,
    format: input.mentor.formats[0] ?? 'video',
    startDate: start,
    endDate: end,
  });
  const contentHash = await agreementContentHash(id, 1, sections);
  await tx.insert(agreements).values({
    id,
    mentorshipId: input.mentorshipId,
    mentorId: input.mentor.id,
    menteeId: input.mentee.id,
    title: agreementTitle({ mentorName: input.mentor.name, menteeName: input.mentee.name }),
    sections,
    version: 1,
    contentHash,
    updatedAt: input.now,
    updatedBy: input.actorId,
  });
  await tx.insert(agreementVersions).values({
    agreementId: id,
    version: 1,
    sections,
    contentHash,
    createdAt: input.now,
    createdBy: input.actorId,
  });
  await appendAudit(tx, {
    agreementId: id,
    type: 'created',
    actorId: input.actorId,
    at: input.now,
    version: 1,
    contentHash,
  });
  return id;
}

async function findVisible(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  lock: boolean,
): Promise<AgreementRow> {
  const query = tx.select().from(agreements).where(eq(agreements.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !(row.mentorId === viewer.id || row.menteeId === viewer.id || isAdmin(viewer)))
    throw problems.notFound('This agreement');
  return row;
}

const isParty = (viewer: PersonRow, row: AgreementRow) =>
  row.mentorId === viewer.id || row.menteeId === viewer.id;

/** Reading is an audited event too (once per person and version). */
export async function viewAgreement(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  now: Date,
): Promise<Agreement> {
  const row = await findVisible(tx, viewer, id, true);
  const seen = await tx
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.agreementId, id),
        eq(auditEvents.type, 'viewed'),
        eq(auditEvents.actorId, viewer.id),
        eq(auditEvents.version, row.version),
      ),
    )
    .limit(1);
  if (seen.length === 0)
    await appendAudit(tx, {
      agreementId: id,
      type: 'viewed',
      actorId: viewer.id,
      at: now,
      version: row.version,
      contentHash: row.contentHash,
    });
  return toContract(tx, row);
}

const sameSections = (a: AgreementSection[], b: AgreementSection[]) =>
  a.length === b.length &&
  a.every(
    (section, i) =>
      section.key === b[i]!.key && section.title === b[i]!.title && section.body === b[i]!.body,
  );

export async function updateAgreement(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  expectedVersion: number,
  input: UpdateAgreement,
  now: Date,
): Promise<Agreement> {
  const row = await findVisible(tx, viewer, id, true);
  if (!isParty(viewer, row))
    throw problems.forbidden('Only the two partners can edit their agreement.');
  assertVersion(expectedVersion, row.version);
  if (sameSections(row.sections, input.sections)) return toContract(tx, row);
  const version = row.version + 1;
  const contentHash = await agreementContentHash(id, version, input.sections);
  const voided = await tx
    .update(signatures)
    .set({ voided: true })
    .where(and(eq(signatures.agreementId, id), eq(signatures.voided, false)))
    .returning();
  for (const signature of voided)
    await appendAudit(tx, {
      agreementId: id,
      type: 'voided',
      actorId: viewer.id,
      at: now,
      version: signature.version,
      contentHash: signature.contentHash,
    });
  await tx
    .update(agreements)
    .set({ sections: input.sections, version, contentHash, updatedAt: now, updatedBy: viewer.id })
    .where(eq(agreements.id, id));
  await tx.insert(agreementVersions).values({
    agreementId: id,
    version,
    sections: input.sections,
    contentHash,
    createdAt: now,
    createdBy: viewer.id,
  });
  await appendAudit(tx, {
    agreementId: id,
    type: 'edited',
    actorId: viewer.id,
    at: now,
    version,
    contentHash,
  });
  return toContract(tx, (await tx.select().from(agreements).where(eq(agreements.id, id)))[0]!);
}

export async function signAgreement(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  input: SignAgreement,
  now: Date,
): Promise<Agreement> {
  const row = await findVisible(tx, viewer, id, true);
  if (!isParty(viewer, row))
    throw problems.forbidden('Only the two partners can sign their agreement.');
  if (input.version !== row.version || input.contentHash !== row.contentHash)
    throw problems.conflict(
      ProblemCode.staleSignature,
      'The agreement changed since you read it. Read the new version before signing.',
      {
        currentVersion: row.version,
      },
    );
  if (normaliseName(input.typedName) !== normaliseName(viewer.name))
    throw problems.validation([
      {
        path: 'typedName',
        message: `Type your full name as it appears in your profile (${viewer.name}).`,
      },
    ]);
  const existing = await tx
    .select({ personId: signatures.personId })
    .from(signatures)
    .where(
      and(
        eq(signatures.agreementId, id),
        eq(signatures.version, row.version),
        eq(signatures.personId, viewer.id),
      ),
    );
  if (existing.length)
    throw problems.conflict(ProblemCode.alreadySubmitted, 'You have already signed this version.');
  await tx.insert(signatures).values({
    agreementId: id,
    version: row.version,
    personId: viewer.id,
    name: viewer.name,
    role: row.mentorId === viewer.id ? 'mentor' : 'mentee',
    contentHash: row.contentHash,
    signedAt: now,
  });
  await appendAudit(tx, {
    agreementId: id,
    type: 'signed',
    actorId: viewer.id,
    at: now,
    version: row.version,
    contentHash: row.contentHash,
  });
  return toContract(tx, row);
}

const normaliseName = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export async function getAgreementVersion(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  version: number,
): Promise<AgreementVersion> {
  await findVisible(tx, viewer, id, false);
  const [row] = await tx
    .select()
    .from(agreementVersions)
    .where(and(eq(agreementVersions.agreementId, id), eq(agreementVersions.version, version)));
  if (!row) throw problems.notFound(`Version ${version} of this agreement`);
  const signed = await tx
    .select()
    .from(signatures)
    .where(and(eq(signatures.agreementId, id), eq(signatures.version, version)))
    .orderBy(asc(signatures.signedAt));
  return {
    agreementId: id,
    version: row.version,
    sections: row.sections,
    contentHash: row.contentHash,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    signatures: signed.map((s) => ({ ...toSignature(s), voided: s.voided })),
  };
}

export async function getAgreementAudit(
  tx: Tx,
  viewer: PersonRow,
  id: string,
): Promise<AuditTrail> {
  await findVisible(tx, viewer, id, false);
  const rows = await tx
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.agreementId, id))
    .orderBy(asc(auditEvents.seq));
  return { items: rows.map((row) => ({ ...row, at: row.at.toISOString() })) };
}
