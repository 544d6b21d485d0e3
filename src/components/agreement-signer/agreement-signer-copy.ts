// Every translatable string of <mentor-agreement-signer> that is not inline in a render module.
import { msg, str } from '@lit/localize';
import type { Agreement, AuditEvent, Signature, SignatureMethod } from '../../contract/index.js';

export const statusLabel = (status: Agreement['status']): string =>
  ({
    'awaiting-signatures': msg('Draft: not signed yet'),
    'partially-signed': msg('Awaiting the other partner'),
    signed: msg('Signed by both: active'),
    ended: msg('Ended'),
  })[status];

export const roleLabel = (role: Signature['role']): string =>
  role === 'mentor' ? msg('Mentor') : msg('Mentee');

export const methodLabel = (method: SignatureMethod): string =>
  method === 'drawn' ? msg('Drawn signature') : msg('Typed name');

export const auditTypeLabel = (type: AuditEvent['type']): string =>
  ({
    created: msg('Created'),
    edited: msg('Edited (new version)'),
    viewed: msg('Viewed'),
    signed: msg('Signed'),
    voided: msg('Signatures voided'),
    ended: msg('Mentorship ended'),
  })[type];

/**
 * The words of intent the signer agrees to. They name the version and the SHA-256 of its terms, so
 * the record says exactly what was signed (the server checks the hash is named).
 */
export const signingStatement = (name: string, version: number, hash: string): string =>
  msg(
    str`I, ${name}, agree to version ${version} of this mentoring agreement (SHA-256 ${hash}) and sign it electronically.`,
  );

export const signButtonLabel = (version: number): string => msg(str`Sign version ${version}`);

export const versionLabel = (version: number): string => msg(str`Version ${version}`);

export const consentText = (contact: string): string =>
  msg(
    str`I agree to sign this agreement electronically and to receive it electronically. I can withdraw this consent or ask for a paper copy at any time, free of charge, by contacting ${contact}. Withdrawing consent does not undo signatures already made.`,
  );

export const signedBy = (name: string, role: string, when: string, how: string): string =>
  msg(str`${name} (${role}) signed on ${when} with a ${how}.`);

export const changedSince = (version: number, reason: 'signed' | 'seen'): string =>
  reason === 'signed'
    ? msg(str`The terms changed since you signed version ${version}. Your signature was voided.`)
    : msg(str`The terms changed since you last read version ${version}.`);

export const hashMismatch = (): string =>
  msg(
    'The terms shown do not match the fingerprint (SHA-256) the server gave for them. Do not sign: reload the page, and tell the program team if this happens again.',
  );

export const chainBroken = (seq: number): string =>
  msg(
    str`Audit chain broken at event ${seq}: this entry was changed or removed after it was recorded.`,
  );

export const endedNotice = (when: string): string =>
  msg(str`This mentorship ended on ${when}. The agreement is read-only.`);

/** Localized words for a signature field error (the shared rules and the server speak English). */
export function signatureFieldMessage(path: string, profileName: string, fallback: string): string {
  switch (path) {
    case 'consent':
      return msg('Tick the box to agree to sign electronically.');
    case 'typedName':
      return msg(str`Type your full name as it appears in your profile (${profileName}).`);
    case 'drawing':
      return msg('Draw your signature in the box, or choose to type it.');
    case 'method':
      return msg('This program does not allow this way of signing.');
    default:
      return fallback;
  }
}
