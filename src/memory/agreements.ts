// Agreements: every edit is a new version that voids earlier signatures; a signature names the
// exact version and content hash; every event goes to the hash-chained audit trail.
import {
  ProblemCode,
  SignAgreement,
  UpdateAgreement,
  canonicalJson,
  type Agreement,
  type AgreementSection,
  type AgreementVersion,
  type AuditTrail,
} from '../contract/index.js';
import {
  appendAuditEvent,
  editAgreementRecord,
  signAgreementRecord,
  type AgreementRecord,
} from '../fixtures/index.js';
import { assertVersion, problems, validate } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

const isParty = (viewer: Viewer, a: Agreement) =>
  a.mentorId === viewer.person.id || a.menteeId === viewer.person.id;

function findVisible(store: MemoryStore, viewer: Viewer, id: string): AgreementRecord {
  const record = store.agreements.get(id);
  if (!record || !(isParty(viewer, record.agreement) || viewer.isAdmin))
    throw problems.notFound('This agreement');
  return record;
}

/** Reading is audited too, once per person and version. */
export async function getAgreement(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
): Promise<Agreement> {
  const record = findVisible(store, viewer, id);
  const { agreement } = record;
  if (isParty(viewer, agreement)) {
    const seen = record.audit.some(
      (e) =>
        e.type === 'viewed' && e.actorId === viewer.person.id && e.version === agreement.version,
    );
    if (!seen)
      await appendAuditEvent(record, {
        type: 'viewed',
        actorId: viewer.person.id,
        at: store.now().toISOString(),
      });
  }
  return agreement;
}

const sameSections = (a: readonly AgreementSection[], b: readonly AgreementSection[]) =>
  canonicalJson(a.map(({ key, title, body }) => ({ key, title, body }))) ===
  canonicalJson(b.map(({ key, title, body }) => ({ key, title, body })));

export async function updateAgreement(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  raw: UpdateAgreement,
): Promise<Agreement> {
  const input = validate(UpdateAgreement, raw);
  const record = findVisible(store, viewer, id);
  if (!isParty(viewer, record.agreement))
    throw problems.forbidden('Only the two partners can edit their agreement.');
  assertVersion(expectedVersion, record.agreement.version);
  if (sameSections(record.agreement.sections, input.sections)) return record.agreement;
  await editAgreementRecord(record, input.sections, viewer.person.id, store.now().toISOString());
  return record.agreement;
}

const normaliseName = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export async function signAgreement(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
  raw: SignAgreement,
): Promise<Agreement> {
  const input = validate(SignAgreement, raw);
  const record = findVisible(store, viewer, id);
  const { agreement } = record;
  if (!isParty(viewer, agreement))
    throw problems.forbidden('Only the two partners can sign their agreement.');
  if (input.version !== agreement.version || input.contentHash !== agreement.contentHash)
    throw problems.conflict(
      ProblemCode.staleSignature,
      'The agreement changed since you read it. Read the new version before signing.',
      {
        currentVersion: agreement.version,
      },
    );
  if (normaliseName(input.typedName) !== normaliseName(viewer.person.name))
    throw problems.validation([
      {
        path: 'typedName',
        message: `Type your full name as it appears in your profile (${viewer.person.name}).`,
      },
    ]);
  if (agreement.signatures.some((s) => s.personId === viewer.person.id))
    throw problems.conflict(ProblemCode.alreadySubmitted, 'You have already signed this version.');
  const role = agreement.mentorId === viewer.person.id ? 'mentor' : 'mentee';
  await signAgreementRecord(
    record,
    { personId: viewer.person.id, name: viewer.person.name, role },
    store.now().toISOString(),
  );
  return agreement;
}

export function getAgreementVersion(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
  version: number,
): AgreementVersion {
  const record = findVisible(store, viewer, id);
  const found = record.versions.find((v) => v.version === version);
  if (!found) throw problems.notFound(`Version ${version} of this agreement`);
  return found;
}

export function getAgreementAudit(store: MemoryStore, viewer: Viewer, id: string): AuditTrail {
  return { items: findVisible(store, viewer, id).audit };
}
