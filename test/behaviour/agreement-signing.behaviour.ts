// Signing evidence (ESIGN/UETA): drawn signatures as bounded vector data, intent that names the
// hash, attribution recorded by the backend; and the no-fault exit that ends a mentorship.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Agreement, EndedMentorship, closeOutSurveyId } from '../../src/contract/index.js';
import { assertChain, sign } from './agreements.behaviour.js';
import {
  assertValid,
  expectProblem,
  fieldPaths,
  withHarness,
  type MakeHarness,
} from './support.js';

const drawing = {
  width: 400,
  height: 150,
  strokes: [
    [
      [20, 100],
      [60, 40],
      [110, 110],
    ],
    [
      [150, 80],
      [220, 60],
    ],
  ] as [number, number][][],
};

export function agreementSigningBehaviour(makeHarness: MakeHarness) {
  describe('agreement signing evidence', () => {
    const h = withHarness(makeHarness, { before, after });

    it('refuses an empty or oversized drawing and a statement that does not name the hash', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const current = await ana.getAgreement(personas.agreementAwaitingSignature);
      const body = sign(current.version, current.contentHash, 'Ana Souza');
      const empty = await expectProblem(
        ana.signAgreement(current.id, { ...body, method: 'drawn' }),
        { status: 422 },
      );
      assert.ok(fieldPaths(empty).includes('drawing'));
      const huge = {
        ...drawing,
        strokes: Array.from({ length: 5 }, () =>
          Array.from({ length: 500 }, (_, i): [number, number] => [i % 400, 50]),
        ),
      };
      const tooBig = await expectProblem(
        ana.signAgreement(current.id, { ...body, method: 'drawn', drawing: huge }),
        { status: [413, 422] },
      );
      assert.ok(tooBig.status === 413 || fieldPaths(tooBig).some((p) => p.startsWith('drawing')));
      const markup = await expectProblem(
        ana.signAgreement(current.id, {
          ...body,
          method: 'drawn',
          drawing: { ...drawing, strokes: [[['<svg onload=alert(1)>', 10]]] } as never,
        }),
        { status: 422 },
      );
      assert.ok(
        fieldPaths(markup).some((p) => p.startsWith('drawing')),
        'points are numbers only',
      );
      const vague = await expectProblem(
        ana.signAgreement(current.id, { ...body, statement: 'I agree.' }),
        { status: 422 },
      );
      assert.ok(fieldPaths(vague).includes('statement'));
    });

    it('keeps a drawn signature as points with who, how and what was agreed', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const current = await ana.getAgreement(personas.agreementAwaitingSignature);
      assert.ok(current.policy.signatureMethods.includes('drawn'));
      assert.ok(current.policy.contact.length > 0, 'a contact for paper copies');
      const body = {
        ...sign(current.version, current.contentHash, 'Ana Souza'),
        method: 'drawn' as const,
        drawing,
      };
      const signed = await ana.signAgreement(current.id, body);
      assertValid(Agreement, signed, 'agreement');
      assert.equal(signed.status, 'signed');
      const mine = signed.signatures.find((s) => s.personId === personas.mentee)!;
      assert.equal(mine.method, 'drawn');
      assert.deepEqual(mine.drawing, drawing);
      assert.equal(mine.statement, body.statement);
      assert.equal(mine.typedName, 'Ana Souza');
      assert.ok(mine.authentication.length > 0, 'how the signer was authenticated');
      const version = await ana.getAgreementVersion(current.id, current.version);
      assert.deepEqual(
        version.signatures.find((s) => s.personId === personas.mentee)?.drawing,
        drawing,
      );
    });
  });

  describe('ending a mentorship (no-fault exit)', () => {
    const h = withHarness(makeHarness, { before, after });

    it('ends it for both, frees the mentor’s spot, ends the agreement and makes the close-out survey due', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const priya = h().as(personas.partnerMentor);
      const mentorship = await ana.getMentorship(personas.activeMentorship);
      const spotsBefore = (await ana.getMentor(personas.partnerMentor)).activeMentees;
      const stale = await expectProblem(
        ana.endMentorship(mentorship.id, {}, { version: mentorship.version + 7 }),
        { status: 412 },
      );
      assert.equal(stale.problem.currentVersion, mentorship.version);
      await expectProblem(
        h().as(personas.secondMentee).endMentorship(mentorship.id, {}, mentorship),
        { status: [403, 404] },
      );

      const ended = await ana.endMentorship(
        mentorship.id,
        { reason: 'Our goals changed; no hard feelings.' },
        { version: mentorship.version },
      );
      assertValid(EndedMentorship, ended, 'ended mentorship');
      assert.equal(ended.mentorship.status, 'ended');
      assert.ok(ended.mentorship.endedAt);
      assert.equal(ended.closeOutSurveyId, closeOutSurveyId(mentorship.id));
      assert.equal(
        JSON.stringify(ended).includes('no hard feelings'),
        false,
        'reason stays private',
      );

      assert.equal((await ana.getMentor(personas.partnerMentor)).activeMentees, spotsBefore - 1);
      const card = (
        await h().as(personas.secondMentee).searchMentors({ q: 'Priya Nair' })
      ).items.find((c) => c.mentor.id === personas.partnerMentor);
      assert.ok(card, 'Priya is in the directory');
      assert.ok(card.openSpots >= 1, 'the freed spot shows in the directory');

      const agreement = await priya.getAgreement(mentorship.agreementId!);
      assert.equal(agreement.status, 'ended');
      assert.ok(agreement.endedAt);
      const trail = (await priya.getAgreementAudit(agreement.id)).items;
      assert.equal(trail.filter((e) => e.type === 'ended').length, 1);
      await assertChain(trail);
      await expectProblem(
        priya.updateAgreement(agreement.id, { sections: agreement.sections }, agreement),
        { status: 409, code: 'mentorship-ended' },
      );
      await expectProblem(
        ana.signAgreement(
          agreement.id,
          sign(agreement.version, agreement.contentHash, 'Ana Souza'),
        ),
        { status: 409, code: 'mentorship-ended' },
      );

      for (const person of [ana, priya]) {
        const survey = await person.getSurvey(ended.closeOutSurveyId);
        assert.equal(survey.kind, 'close-out');
        assert.equal(survey.mentorshipId, mentorship.id);
        assert.equal(survey.submitted, false);
      }
      await expectProblem(
        priya.endMentorship(mentorship.id, {}, { version: ended.mentorship.version }),
        { status: 409, code: 'mentorship-ended' },
      );
    });
  });
}
