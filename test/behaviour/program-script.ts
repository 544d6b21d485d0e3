// One scripted stretch of program life, run the same way on every backend: requests sent,
// questioned, answered, accepted, declined and withdrawn; goals set and finished; a recap with
// action items; survey answers; and some mistakes. What comes out (the admin report and the
// problems answered) must be equal on the memory API, PGlite and PostgreSQL.
import { ProblemError } from '../../src/client/errors.js';
import type { ProgramReport } from '../../src/contract/index.js';
import type { Harness } from './support.js';
import { requestBody } from './support.js';

export interface ScriptOutcome {
  /** The report before and after, without `generatedAt`. */
  reports: Omit<ProgramReport, 'generatedAt'>[];
  /** Each mistake's answer, in order. */
  problems: { what: string; status: number; code: string | undefined }[];
}

const pulse = (relationship: number, recommend: number) => ({
  relationship,
  'meeting-as-agreed': true,
  'goal-progress': 4,
  recommend,
  format: 'video',
  topics: ['career'],
  'one-word': 'Useful',
  'what-would-help': 'More time between sessions.',
});

export async function runScriptedProgram(h: Harness): Promise<ScriptOutcome> {
  const p = h.personas;
  const as = (id: string) => h.as(id);
  const admin = as(p.admin);
  const report = async () => {
    const { generatedAt: _generatedAt, ...rest } = await admin.getProgramReport();
    return rest;
  };
  const problems: ScriptOutcome['problems'] = [];
  const mistake = async (what: string, call: () => Promise<unknown>) => {
    try {
      await call();
      problems.push({ what, status: 200, code: undefined });
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      problems.push({ what, status: error.status, code: error.code });
    }
  };

  const before = await report();

  // Ana asks Kwame; he asks a question, she replies, he accepts.
  const ana = as(p.mentee);
  const kwame = as(p.mentor);
  let request = await ana.createRequest(requestBody(p.mentor), { idempotencyKey: 'script-ana' });
  request = await kwame.askRequest(request.id, 'Which meeting do you want to prepare?', {
    version: request.version,
  });
  request = await ana.replyRequest(request.id, 'The quarterly roadmap review.', {
    version: request.version,
  });
  request = await kwame.acceptRequest(request.id, { version: request.version });
  // Kwame declines Diego's pending request; Li withdraws hers.
  const diegoRequest = await kwame.getRequest(p.pendingRequest);
  await kwame.declineRequest(
    diegoRequest.id,
    { reason: 'capacity' },
    { version: diegoRequest.version },
  );
  const li = as(p.secondMentee);
  const liRequest = await li.getRequest(p.needsInfoRequest);
  await li.withdrawRequest(liRequest.id, { version: liRequest.version });

  // A goal in the new mentorship, finished; a recap with two action items.
  const mentorshipId = request.mentorshipId!;
  const goal = await ana.createGoal(mentorshipId, {
    framework: 'SMART',
    title: 'Present the roadmap to leadership by March',
  });
  await kwame.updateGoal(goal.id, { progress: 100, status: 'done' }, { version: goal.version });
  await ana.createRecap(goal.id, {
    sessionDate: '2026-01-15',
    notes: 'Rehearsed the opening; cut the deck to ten slides.',
    actionItems: [
      { text: 'Send the deck to Kwame', owner: 'mentee', dueDate: '2026-01-20' },
      { text: 'Share two examples of good roadmaps', owner: 'mentor', dueDate: null },
    ],
    progress: 100,
  });

  // Survey answers from both mentees.
  await ana.submitSurvey(p.pulseSurvey, { answers: pulse(5, 10) });
  await li.submitSurvey(p.pulseSurvey, { answers: pulse(2, 3) });

  // Mistakes.
  await mistake('second request to the same mentor', () =>
    as(p.requester)
      .createRequest(requestBody(p.partnerMentor))
      .then(() => as(p.requester).createRequest(requestBody(p.partnerMentor))),
  );
  await mistake('full mentor', () => ana.createRequest(requestBody(p.fullMentor)));
  await mistake('paused mentor', () => ana.createRequest(requestBody(p.pausedMentor)));
  await mistake('own manager', () => ana.createRequest(requestBody(p.menteesManager)));
  await mistake('accept twice', () =>
    kwame.acceptRequest(request.id, { version: request.version }),
  );
  await mistake('answer the survey twice', () =>
    ana.submitSurvey(p.pulseSurvey, { answers: pulse(5, 10) }),
  );
  await mistake('bad cursor', () => ana.listRequests({ role: 'mentee', cursor: '%%%' }));
  await mistake('report for a mentee', () => ana.getProgramReport());

  return { reports: [before, await report()], problems };
}
