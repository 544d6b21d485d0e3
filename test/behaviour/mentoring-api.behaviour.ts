// The MentoringApi behaviour suite: every domain rule, written only against the interface and the
// typed errors. test/unit/memory-api.test.ts runs it on MemoryMentoringApi; the server tests run it
// again over HTTP with HttpMentoringApi. Each describe block gets a fresh harness (fresh data).
import { describe } from 'node:test';
import { agreementBehaviour } from './agreements.behaviour.js';
import { agreementSigningBehaviour } from './agreement-signing.behaviour.js';
import { capacityBehaviour } from './capacity.behaviour.js';
import { directoryBehaviour } from './directory.behaviour.js';
import { goalBehaviour } from './goals.behaviour.js';
import { goalConfirmationBehaviour } from './goal-confirmation.behaviour.js';
import { matchRequestBehaviour } from './match-request.behaviour.js';
import { mentorshipBehaviour } from './mentorship.behaviour.js';
import { reportBehaviour } from './report.behaviour.js';
import { requestBehaviour } from './requests.behaviour.js';
import { problemBehaviour } from './problems.behaviour.js';
import { surveyBehaviour } from './surveys.behaviour.js';
import type { MakeHarness } from './support.js';

export type { Harness, MakeHarness } from './support.js';

export function describeMentoringApiBehaviour(name: string, makeHarness: MakeHarness): void {
  describe(`MentoringApi behaviour: ${name}`, () => {
    directoryBehaviour(makeHarness);
    requestBehaviour(makeHarness);
    capacityBehaviour(makeHarness);
    matchRequestBehaviour(makeHarness);
    mentorshipBehaviour(makeHarness);
    goalBehaviour(makeHarness);
    goalConfirmationBehaviour(makeHarness);
    surveyBehaviour(makeHarness);
    agreementBehaviour(makeHarness);
    agreementSigningBehaviour(makeHarness);
    reportBehaviour(makeHarness);
    problemBehaviour(makeHarness);
  });
}
