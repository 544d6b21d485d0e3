// Partnership agreements: versioned terms, signatures bound to a version and content hash,
// and an append-only, hash-chained audit trail.
import * as z from 'zod/mini';
import { Id, Text, ShortText, Timestamp, Version } from './common.js';

export const AgreementSectionKey = z.enum([
  'goals',
  'cadence',
  'communication',
  'confidentiality',
  'duration',
  'no-fault-exit',
  'commitments',
]);
export type AgreementSectionKey = z.infer<typeof AgreementSectionKey>;

export const AgreementSection = z.object({
  key: AgreementSectionKey,
  title: ShortText(120),
  body: Text({ min: 1, max: 4000, multiLine: true }),
});
export type AgreementSection = z.infer<typeof AgreementSection>;

/** SHA-256 hex digest. */
export const ContentHash = z.string().check(z.regex(/^[a-f0-9]{64}$/));

export const Signature = z.object({
  personId: Id,
  name: ShortText(120),
  role: z.enum(['mentor', 'mentee']),
  version: Version,
  contentHash: ContentHash,
  signedAt: Timestamp,
});
export type Signature = z.infer<typeof Signature>;

export const Agreement = z.object({
  id: Id,
  mentorshipId: Id,
  mentorId: Id,
  menteeId: Id,
  title: ShortText(200),
  sections: z.array(AgreementSection).check(z.minLength(1), z.maxLength(12)),
  /** Terms version; any edit makes a new one and voids earlier signatures. */
  version: Version,
  contentHash: ContentHash,
  /** Valid signatures on the current version. */
  signatures: z.array(Signature),
  status: z.enum(['awaiting-signatures', 'partially-signed', 'signed']),
  updatedAt: Timestamp,
  updatedBy: Id,
});
export type Agreement = z.infer<typeof Agreement>;

export const UpdateAgreement = z.strictObject({
  sections: z.array(z.strictObject(AgreementSection.shape)).check(z.minLength(1), z.maxLength(12)),
});
export type UpdateAgreement = z.infer<typeof UpdateAgreement>;

export const SignAgreement = z.strictObject({
  version: Version,
  contentHash: ContentHash,
  /** Explicit consent to sign electronically. */
  consent: z.literal(true),
  /** The signer types their full name as the act of signing. */
  typedName: ShortText(120),
});
export type SignAgreement = z.infer<typeof SignAgreement>;

export const AgreementVersion = z.object({
  agreementId: Id,
  version: Version,
  sections: z.array(AgreementSection),
  contentHash: ContentHash,
  createdAt: Timestamp,
  createdBy: Id,
  /** Signatures made on this version, valid or voided by a later edit. */
  signatures: z.array(z.object({ ...Signature.shape, voided: z.boolean() })),
});
export type AgreementVersion = z.infer<typeof AgreementVersion>;

export const AuditEvent = z.object({
  seq: z.int().check(z.gte(1)),
  agreementId: Id,
  type: z.enum(['created', 'edited', 'viewed', 'signed', 'voided']),
  actorId: Id,
  at: Timestamp,
  version: Version,
  contentHash: ContentHash,
  /** Hash of the previous event (64 zeros for the first), chaining the trail. */
  prevHash: ContentHash,
  hash: ContentHash,
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditTrail = z.object({ items: z.array(AuditEvent) });
export type AuditTrail = z.infer<typeof AuditTrail>;
