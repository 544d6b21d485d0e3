// Partnership agreements: versioned terms, signatures bound to a version and content hash,
// and an append-only, hash-chained audit trail.
import * as z from 'zod/mini';
import { Id, LongText, Text, ShortText, Timestamp, Version } from './common.js';
import { DRAWING_LIMITS, SIGNATURE_METHODS } from './values.js';

export const AgreementSectionKey = z.enum([
  'goals',
  'cadence',
  'communication',
  'confidentiality',
  'duration',
  'no-fault-exit',
  'commitments',
  /** Anything else the partners agree on; an agreement may have several. */
  'custom',
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

export const SignatureMethod = z.enum(SIGNATURE_METHODS);
export type SignatureMethod = z.infer<typeof SignatureMethod>;

export { DRAWING_LIMITS };

/** A coordinate inside the drawing box, rounded by the client to 0.1 px. */
const Coordinate = z.number().check(z.gte(0), z.lte(2000));

/**
 * A drawn signature as vector data: strokes of [x, y] points in a `width` x `height` box. Never
 * markup: whoever shows it draws the points (SVG polyline, canvas), so nothing can execute.
 */
export const SignatureDrawing = z.strictObject({
  width: z.int().check(z.gte(40), z.lte(2000)),
  height: z.int().check(z.gte(20), z.lte(2000)),
  strokes: z
    .array(
      z
        .array(z.tuple([Coordinate, Coordinate]))
        .check(z.minLength(1), z.maxLength(DRAWING_LIMITS.pointsPerStroke)),
    )
    .check(
      z.minLength(1),
      z.maxLength(DRAWING_LIMITS.strokes),
      z.refine(
        (strokes) =>
          strokes.reduce((sum, stroke) => sum + stroke.length, 0) <= DRAWING_LIMITS.points,
        `A drawn signature has at most ${DRAWING_LIMITS.points} points.`,
      ),
    ),
});
export type SignatureDrawing = z.infer<typeof SignatureDrawing>;

export const Signature = z.object({
  personId: Id,
  name: ShortText(120),
  role: z.enum(['mentor', 'mentee']),
  version: Version,
  contentHash: ContentHash,
  signedAt: Timestamp,
  method: SignatureMethod,
  /** The full name the signer typed (also with a drawn signature). */
  typedName: ShortText(120),
  drawing: z.nullable(SignatureDrawing),
  /** The exact words the signer agreed to when signing (intent). */
  statement: LongText(1000),
  /** How the signer was authenticated, in words (attribution). */
  authentication: ShortText(200),
  /** Recorded by the server from the connection; null where not known (memory API). */
  ipAddress: z.nullable(ShortText(64)),
  userAgent: z.nullable(ShortText(500)),
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
  /** `ended` once either partner ended the mentorship: read-only from then on. */
  status: z.enum(['awaiting-signatures', 'partially-signed', 'signed', 'ended']),
  updatedAt: Timestamp,
  updatedBy: Id,
  endedAt: z.nullable(Timestamp),
  /** What the program allows and whom to ask for a paper copy (consent notice). */
  policy: z.object({
    signatureMethods: z.array(SignatureMethod).check(z.minLength(1)),
    contact: ShortText(200),
  }),
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
  method: z._default(SignatureMethod, 'typed'),
  /** Required when `method` is `drawn`. */
  drawing: z.optional(SignatureDrawing),
  /** The words shown next to the sign button; must name the content hash being signed. */
  statement: LongText(1000),
});
export type SignAgreement = z.input<typeof SignAgreement>;

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
  type: z.enum(['created', 'edited', 'viewed', 'signed', 'voided', 'ended']),
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
