// Which earlier version to compare with: the one this person signed (their signature was voided
// by a later edit) or last read. Nothing when they made the change themselves, already signed the
// current version, or marked the changes as read on this device.
import type { MentoringApi } from '../../client/api.js';
import type { Agreement, AuditEvent } from '../../contract/index.js';
import { DraftStore, draftKey } from '../../core/drafts.js';
import type { Baseline } from './signer-host.js';

const readStore = (personId: string, agreementId: string) =>
  new DraftStore<number>(draftKey(personId, 'agreement-read', agreementId), {
    validate: (value) => (typeof value === 'number' ? value : undefined),
  });

/** Remember that this person read the changes up to `version` (on this device). */
export function markRead(personId: string, agreement: Agreement): void {
  readStore(personId, agreement.id).write(agreement.version);
}

export async function findBaseline(
  api: MentoringApi,
  agreement: Agreement,
  audit: readonly AuditEvent[],
  personId: string,
  signal?: AbortSignal,
): Promise<Baseline | null> {
  if (agreement.updatedBy === personId) return null;
  if (agreement.signatures.some((s) => s.personId === personId)) return null;
  if ((readStore(personId, agreement.id).read()?.value ?? 0) >= agreement.version) return null;
  const mine = audit.filter((e) => e.actorId === personId && e.version < agreement.version);
  const signed = mine.filter((e) => e.type === 'signed').at(-1);
  const seen = mine.filter((e) => e.type !== 'signed' && e.type !== 'voided').at(-1);
  const pick = signed ?? seen;
  if (!pick) return null;
  const version = await api.getAgreementVersion(agreement.id, pick.version, { signal });
  return { version, reason: signed ? 'signed' : 'seen' };
}
