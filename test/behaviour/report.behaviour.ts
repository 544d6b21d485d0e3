// Program report: admins only, computed from what happened in the program.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ProgramReport } from '../../src/contract/index.js';
import {
  assertValid,
  expectProblem,
  requestBody,
  withHarness,
  type MakeHarness,
} from './support.js';

export function reportBehaviour(makeHarness: MakeHarness) {
  describe('program report', () => {
    const h = withHarness(makeHarness, { before, after });

    it('is for admins only', async () => {
      const { personas } = h();
      for (const who of [personas.mentee, personas.mentor]) {
        await expectProblem(h().as(who).getProgramReport(), { status: 403, code: 'forbidden' });
      }
    });

    it('adds up and follows what happens in the program', async () => {
      const { personas } = h();
      const admin = h().as(personas.admin);
      const before = await admin.getProgramReport();
      assertValid(ProgramReport, before, 'report');
      const r = before.requests;
      assert.equal(
        r.sent,
        r.pending + r.needsInfo + r.accepted + r.declined + r.withdrawn + r.expired,
      );
      assert.ok(before.participants.mentors >= 200);
      assert.ok(before.activeMentorships > 0);
      assert.ok(
        before.acceptanceRate !== null && before.acceptanceRate > 0 && before.acceptanceRate <= 1,
      );
      assert.ok(before.nps === null || (before.nps >= -100 && before.nps <= 100));

      const created = await h().as(personas.mentee).createRequest(requestBody(personas.mentor));
      await h().as(personas.mentor).acceptRequest(created.id, { version: created.version });
      const after = await admin.getProgramReport();
      assert.equal(after.requests.sent, r.sent + 1);
      assert.equal(after.requests.accepted, r.accepted + 1);
      assert.equal(after.activeMentorships, before.activeMentorships + 1);
    });
  });
}
