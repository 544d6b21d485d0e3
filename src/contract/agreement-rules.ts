// Agreement rules shared by the server, the memory API and <mentor-agreement-signer> (which checks
// them before sending): who may sign how, what a signature must name, and the audit chain.
import type {
  Agreement,
  AgreementSection,
  AuditEvent,
  SignAgreement,
  Signature,
  SignatureDrawing,
} from './agreement.js';
import { DRAWING_LIMITS, SIGNATURE_METHODS } from './values.js';
import type { FieldError } from './problem.js';
import { ZERO_HASH, auditEventHash, canonicalJson } from './hashing.js';

/** What a program allows when it says nothing else. */
export const DEFAULT_AGREEMENT_POLICY: Agreement['policy'] = {
  signatureMethods: [...SIGNATURE_METHODS],
  contact: 'the mentoring program team',
};

/** The English words of intent; widgets show a translation that names the same hash. */
export const signingStatement = (name: string, version: number, contentHash: string) =>
  `I, ${name}, agree to version ${version} of this mentoring agreement (SHA-256 ${contentHash}) and sign it electronically.`;

/** Names compare without case, accents in another Unicode form or extra spaces. */
export const normaliseSignerName = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Equal terms (key, title and body of each section, in order): an edit that changes nothing. */
export const sameTerms = (a: readonly AgreementSection[], b: readonly AgreementSection[]) =>
  canonicalJson(a.map(({ key, title, body }) => ({ key, title, body }))) ===
  canonicalJson(b.map(({ key, title, body }) => ({ key, title, body })));

/** Status from the valid signatures on the current version. */
export function agreementStatus(
  signatures: readonly Pick<Signature, 'role'>[],
  ended = false,
): Agreement['status'] {
  if (ended) return 'ended';
  const roles = new Set(signatures.map((s) => s.role));
  return roles.has('mentor') && roles.has('mentee')
    ? 'signed'
    : roles.size
      ? 'partially-signed'
      : 'awaiting-signatures';
}

export const drawingPointCount = (drawing: SignatureDrawing) =>
  drawing.strokes.reduce((sum, stroke) => sum + stroke.length, 0);

/** A drawing with at least one real mark inside its box (an emptied pad is no signature). */
export function drawingError(drawing: SignatureDrawing | undefined | null): string | null {
  if (!drawing || drawing.strokes.length === 0 || drawingPointCount(drawing) === 0)
    return 'Draw your signature in the box, or choose to type it.';
  if (drawingPointCount(drawing) > DRAWING_LIMITS.points)
    return 'The drawing is too detailed. Clear it and sign again.';
  const outside = drawing.strokes.some((stroke) =>
    stroke.some(([x, y]) => x > drawing.width || y > drawing.height),
  );
  return outside ? 'The drawing goes outside its box. Clear it and sign again.' : null;
}

/**
 * Field errors of a signature by `signerName` on `agreement`, or none. Version and hash are
 * checked separately (a stale signature is a conflict, not a field error).
 */
export function signatureFieldErrors(
  input: Pick<SignAgreement, 'typedName' | 'method' | 'drawing' | 'statement'>,
  agreement: Pick<Agreement, 'contentHash' | 'policy'>,
  signerName: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const method = input.method ?? 'typed';
  if (normaliseSignerName(input.typedName) !== normaliseSignerName(signerName))
    errors.push({
      path: 'typedName',
      message: `Type your full name as it appears in your profile (${signerName}).`,
    });
  if (!agreement.policy.signatureMethods.includes(method))
    errors.push({ path: 'method', message: 'This program does not allow this way of signing.' });
  if (method === 'drawn') {
    const problem = drawingError(input.drawing);
    if (problem) errors.push({ path: 'drawing', message: problem });
  } else if (input.drawing)
    errors.push({ path: 'drawing', message: 'A typed signature has no drawing.' });
  if (!input.statement.includes(agreement.contentHash))
    errors.push({
      path: 'statement',
      message: 'The signing statement must name the content hash of the version signed.',
    });
  return errors;
}

export type ChainCheck =
  | { intact: true; events: number }
  | { intact: false; brokenAt: number; reason: 'sequence' | 'link' | 'hash' };

/** Recomputes every event's hash and link to the one before; says where the chain breaks. */
export async function verifyAuditChain(events: readonly AuditEvent[]): Promise<ChainCheck> {
  let previous = ZERO_HASH;
  for (const [index, event] of events.entries()) {
    if (event.seq !== index + 1) return { intact: false, brokenAt: event.seq, reason: 'sequence' };
    if (event.prevHash !== previous) return { intact: false, brokenAt: event.seq, reason: 'link' };
    const { hash, ...body } = event;
    if ((await auditEventHash(body)) !== hash)
      return { intact: false, brokenAt: event.seq, reason: 'hash' };
    previous = hash;
  }
  return { intact: true, events: events.length };
}
