// Agreements: versions, signatures bound to version + content hash, the hash-chained audit trail.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  Agreement,
  AgreementVersion,
  AuditTrail,
  ZERO_HASH,
  agreementContentHash,
  signingStatement,
  verifyAuditChain,
  type AuditEvent,
} from '../../src/contract/index.js';
import {
  assertValid,
  expectProblem,
  fieldPaths,
  withHarness,
  type MakeHarness,
} from './support.js';

export async function assertChain(events: readonly AuditEvent[]) {
  assert.equal(events[0]?.prevHash, ZERO_HASH, 'the first event links to zeros');
  assert.deepEqual(await verifyAuditChain(events), { intact: true, events: events.length });
}

/** A typed signature body for `typedName` on `version` / `contentHash`. */
export const sign = (version: number, contentHash: string, typedName: string) => ({
  version,
  contentHash,
  consent: true as const,
  typedName,
  statement: signingStatement(typedName, version, contentHash),
});

export function agreementBehaviour(makeHarness: MakeHarness) {
  describe('partnership agreement', () => {
    const h = withHarness(makeHarness, { before, after });

    it('shows the current version to the partners and records that they viewed it', async () => {
      const { personas } = h();
      const agreement = await h()
        .as(personas.mentee)
        .getAgreement(personas.agreementAwaitingSignature);
      assertValid(Agreement, agreement, 'agreement');
      assert.equal(agreement.status, 'partially-signed');
      assert.deepEqual(
        agreement.signatures.map((s) => s.personId),
        [personas.partnerMentor],
      );
      assert.equal(
        agreement.contentHash,
        await agreementContentHash(agreement.id, agreement.version, agreement.sections),
      );
      const audit = await h().as(personas.mentee).getAgreementAudit(agreement.id);
      assertValid(AuditTrail, audit, 'audit');
      const last = audit.items.at(-1)!;
      assert.deepEqual(
        [last.type, last.actorId, last.version],
        ['viewed', personas.mentee, agreement.version],
      );
      await assertChain(audit.items);
    });

    it('is visible to the partners and admins only', async () => {
      const { personas } = h();
      await expectProblem(
        h().as(personas.secondMentee).getAgreement(personas.agreementAwaitingSignature),
        { status: [403, 404] },
      );
      await expectProblem(
        h().as(personas.secondMentee).getAgreementAudit(personas.agreementAwaitingSignature),
        { status: [403, 404] },
      );
      const admin = await h().as(personas.admin).getAgreement(personas.agreementAwaitingSignature);
      await expectProblem(
        h()
          .as(personas.admin)
          .updateAgreement(admin.id, { sections: admin.sections }, { version: admin.version }),
        { status: 403 },
      );
    });

    it('refuses a signature on a stale version or hash, or with another name', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const current = await ana.getAgreement(personas.agreementAwaitingSignature);
      const old = await expectProblem(
        ana.signAgreement(current.id, sign(current.version - 1, current.contentHash, 'Ana Souza')),
        {
          status: [409, 412],
          code: 'stale-signature',
        },
      );
      assert.equal(old.problem.currentVersion, current.version);
      await expectProblem(
        ana.signAgreement(current.id, sign(current.version, 'a'.repeat(64), 'Ana Souza')),
        { status: [409, 412], code: 'stale-signature' },
      );
      const name = await expectProblem(
        ana.signAgreement(current.id, sign(current.version, current.contentHash, 'Someone Else')),
        { status: 422 },
      );
      assert.ok(fieldPaths(name).includes('typedName'));
      const noConsent = await expectProblem(
        ana.signAgreement(current.id, {
          ...sign(current.version, current.contentHash, 'Ana Souza'),
          consent: false,
        } as never),
        {
          status: [400, 422],
        },
      );
      assert.ok(fieldPaths(noConsent).includes('consent'));
    });

    it('signs the exact version and hash; both signatures make it signed', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const current = await ana.getAgreement(personas.agreementAwaitingSignature);
      const signed = await ana.signAgreement(
        current.id,
        sign(current.version, current.contentHash, 'Ana Souza'),
      );
      assert.equal(signed.status, 'signed');
      const mine = signed.signatures.find((s) => s.personId === personas.mentee)!;
      assert.deepEqual(
        [mine.role, mine.version, mine.contentHash],
        ['mentee', current.version, current.contentHash],
      );
      await expectProblem(
        ana.signAgreement(current.id, sign(current.version, current.contentHash, 'Ana Souza')),
        { status: 409 },
      );
      const audit = await ana.getAgreementAudit(current.id);
      assert.equal(audit.items.at(-1)?.type, 'signed');
    });

    it('makes a new version on edit, voids earlier signatures, and keeps the trail append-only', async () => {
      const { personas } = h();
      const priya = h().as(personas.partnerMentor);
      const before = await priya.getAgreement(personas.agreementAwaitingSignature);
      const trailBefore = (await priya.getAgreementAudit(before.id)).items;
      const sections = before.sections.map((s) =>
        s.key === 'cadence'
          ? { ...s, body: 'We meet every week for 30 minutes on a video call. Ana schedules.' }
          : s,
      );
      const edited = await priya.updateAgreement(
        before.id,
        { sections },
        { version: before.version },
      );
      assert.equal(edited.version, before.version + 1);
      assert.deepEqual(edited.signatures, []);
      assert.equal(edited.status, 'awaiting-signatures');
      assert.notEqual(edited.contentHash, before.contentHash);
      assert.equal(
        edited.contentHash,
        await agreementContentHash(edited.id, edited.version, edited.sections),
      );

      const previous = await priya.getAgreementVersion(before.id, before.version);
      assertValid(AgreementVersion, previous, 'agreement version');
      assert.ok(previous.signatures.length >= 2);
      assert.ok(
        previous.signatures.every((s) => s.voided),
        'earlier signatures are void',
      );
      assert.equal(previous.contentHash, before.contentHash);

      const trail = (await priya.getAgreementAudit(before.id)).items;
      assert.deepEqual(
        trail.slice(0, trailBefore.length),
        trailBefore,
        'earlier events are unchanged',
      );
      const types = trail.slice(trailBefore.length).map((e) => e.type);
      assert.ok(types.includes('edited'));
      assert.ok(types.includes('voided'));
      await assertChain(trail);

      await expectProblem(
        h()
          .as(personas.mentee)
          .signAgreement(before.id, sign(before.version, before.contentHash, 'Ana Souza')),
        { status: [409, 412], code: 'stale-signature' },
      );
      const stale = await expectProblem(
        priya.updateAgreement(
          before.id,
          { sections: before.sections },
          { version: before.version },
        ),
        { status: 412 },
      );
      assert.equal(stale.problem.currentVersion, edited.version);
    });

    it('validates the terms field by field', async () => {
      const { personas } = h();
      const priya = h().as(personas.partnerMentor);
      const current = await priya.getAgreement(personas.agreementAwaitingSignature);
      const sections = current.sections.map((s, i) => (i === 1 ? { ...s, body: '   ' } : s));
      const error = await expectProblem(
        priya.updateAgreement(current.id, { sections }, { version: current.version }),
        { status: [400, 422] },
      );
      assert.ok(
        fieldPaths(error).includes('sections.1.body'),
        `paths: ${fieldPaths(error).join(', ')}`,
      );
    });
  });
}
