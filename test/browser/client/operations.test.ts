// Every contract operation: the request the server receives and the validated answer the caller gets.
import { expect } from '@open-wc/testing';
import type { HttpMentoringApi } from '../../../src/client/index.js';
import * as fixtures from './fixtures.js';
import { clientFor } from './support.js';

interface Operation {
  name: string;
  call: (api: HttpMentoringApi) => Promise<unknown>;
  answer: unknown;
  method: string;
  path: string;
  /** The JSON body the server must receive (writes only). */
  sent?: unknown;
}

const edit = { version: 3 };
const newRequest = {
  mentorId: 'p-amara',
  message: fixtures.request.message,
  goals: ['Lead my first cross-team project'],
};
const newGoal = { framework: 'SMART' as const, title: 'Present the roadmap to leadership' };
const newRecap = {
  sessionDate: '2026-11-24',
  notes: 'Good session.',
  actionItems: [],
  goalUpdates: [{ goalId: 'g-1', progress: 20 }],
};
const sections = [{ key: 'cadence' as const, title: 'Meetings', body: 'Weekly, 30 minutes.' }];
const signature = {
  version: 2,
  contentHash: 'a'.repeat(64),
  consent: true as const,
  typedName: 'Lucía Fernández',
  statement: `I, Lucía Fernández, agree to version 2 (SHA-256 ${'a'.repeat(64)}).`,
};

const operations: Operation[] = [
  { name: 'getMe', call: (api) => api.getMe(), answer: fixtures.me, method: 'GET', path: '/me' },
  {
    name: 'searchMentors',
    call: (api) => api.searchMentors({}),
    answer: fixtures.mentorPage,
    method: 'GET',
    path: '/mentors',
  },
  {
    name: 'getMentor',
    call: (api) => api.getMentor('p-amara'),
    answer: fixtures.mentor,
    method: 'GET',
    path: '/mentors/p-amara',
  },
  {
    name: 'listRequests',
    call: (api) => api.listRequests({ role: 'mentee' }),
    answer: { items: [fixtures.request], nextCursor: null },
    method: 'GET',
    path: '/requests?role=mentee',
  },
  {
    name: 'getRequest',
    call: (api) => api.getRequest('r-1'),
    answer: fixtures.request,
    method: 'GET',
    path: '/requests/r-1',
  },
  {
    name: 'createRequest',
    call: (api) => api.createRequest(newRequest),
    answer: fixtures.request,
    method: 'POST',
    path: '/requests',
    sent: newRequest,
  },
  {
    name: 'acceptRequest',
    call: (api) => api.acceptRequest('r-1', edit),
    answer: fixtures.request,
    method: 'POST',
    path: '/requests/r-1/accept',
    sent: {},
  },
  {
    name: 'declineRequest',
    call: (api) =>
      api.declineRequest('r-1', { reason: 'capacity', note: 'Full until March' }, edit),
    answer: fixtures.request,
    method: 'POST',
    path: '/requests/r-1/decline',
    sent: { reason: 'capacity', note: 'Full until March' },
  },
  {
    name: 'withdrawRequest',
    call: (api) => api.withdrawRequest('r-1', edit),
    answer: fixtures.request,
    method: 'POST',
    path: '/requests/r-1/withdraw',
    sent: {},
  },
  {
    name: 'askRequest',
    call: (api) => api.askRequest('r-1', 'Which quarter?', edit),
    answer: fixtures.request,
    method: 'POST',
    path: '/requests/r-1/ask',
    sent: { question: 'Which quarter?' },
  },
  {
    name: 'replyRequest',
    call: (api) => api.replyRequest('r-1', 'Q1 2027', edit),
    answer: fixtures.request,
    method: 'POST',
    path: '/requests/r-1/reply',
    sent: { text: 'Q1 2027' },
  },
  {
    name: 'listMentorships',
    call: (api) => api.listMentorships(),
    answer: { items: [fixtures.mentorship], nextCursor: null },
    method: 'GET',
    path: '/mentorships',
  },
  {
    name: 'getMentorship',
    call: (api) => api.getMentorship('ms-1'),
    answer: fixtures.mentorship,
    method: 'GET',
    path: '/mentorships/ms-1',
  },
  {
    name: 'endMentorship',
    call: (api) => api.endMentorship('ms-1', { reason: 'Goals reached early.' }, edit),
    answer: {
      mentorship: { ...fixtures.mentorship, status: 'ended', endedAt: '2026-11-25T09:00:00Z' },
      closeOutSurveyId: 'close-out-ms-1',
    },
    method: 'POST',
    path: '/mentorships/ms-1/end',
    sent: { reason: 'Goals reached early.' },
  },
  {
    name: 'listGoals',
    call: (api) => api.listGoals('ms-1'),
    answer: { items: [fixtures.goal] },
    method: 'GET',
    path: '/mentorships/ms-1/goals',
  },
  {
    name: 'createGoal',
    call: (api) => api.createGoal('ms-1', newGoal),
    answer: fixtures.goal,
    method: 'POST',
    path: '/mentorships/ms-1/goals',
    sent: newGoal,
  },
  {
    name: 'updateGoal',
    call: (api) => api.updateGoal('g-1', { progress: 40 }, edit),
    answer: fixtures.goal,
    method: 'PATCH',
    path: '/goals/g-1',
    sent: { progress: 40 },
  },
  {
    name: 'getGoal',
    call: (api) => api.getGoal('g-1'),
    answer: fixtures.goal,
    method: 'GET',
    path: '/goals/g-1',
  },
  {
    name: 'reorderGoals',
    call: (api) => api.reorderGoals('ms-1', { goalIds: ['g-1'] }),
    answer: { items: [fixtures.goal] },
    method: 'PUT',
    path: '/mentorships/ms-1/goal-order',
    sent: { goalIds: ['g-1'] },
  },
  {
    name: 'listRecaps',
    call: (api) => api.listRecaps('ms-1', { cursor: 'abc', limit: 5 }),
    answer: { items: [fixtures.recap], nextCursor: null },
    method: 'GET',
    path: '/mentorships/ms-1/recaps?cursor=abc&limit=5',
  },
  {
    name: 'createRecap',
    call: (api) => api.createRecap('ms-1', newRecap),
    answer: fixtures.recap,
    method: 'POST',
    path: '/mentorships/ms-1/recaps',
    sent: newRecap,
  },
  {
    name: 'listActionItems',
    call: (api) => api.listActionItems('ms-1', { status: 'all' }),
    answer: { items: fixtures.recap.actionItems },
    method: 'GET',
    path: '/mentorships/ms-1/action-items?status=all',
  },
  {
    name: 'updateActionItem',
    call: (api) => api.updateActionItem('ai-1', { done: true }, edit),
    answer: fixtures.recap.actionItems[0],
    method: 'PATCH',
    path: '/action-items/ai-1',
    sent: { done: true },
  },
  {
    name: 'getSurvey',
    call: (api) => api.getSurvey('s-1'),
    answer: fixtures.survey,
    method: 'GET',
    path: '/surveys/s-1',
  },
  {
    name: 'submitSurvey',
    call: (api) => api.submitSurvey('s-1', { answers: { q1: 5, q2: 9 } }),
    answer: fixtures.submission,
    method: 'POST',
    path: '/surveys/s-1/responses',
    sent: { answers: { q1: 5, q2: 9 } },
  },
  {
    name: 'getAgreement',
    call: (api) => api.getAgreement('ag-1'),
    answer: fixtures.agreement,
    method: 'GET',
    path: '/agreements/ag-1',
  },
  {
    name: 'updateAgreement',
    call: (api) => api.updateAgreement('ag-1', { sections }, edit),
    answer: fixtures.agreement,
    method: 'PUT',
    path: '/agreements/ag-1',
    sent: { sections },
  },
  {
    name: 'signAgreement',
    call: (api) => api.signAgreement('ag-1', signature),
    answer: fixtures.agreement,
    method: 'POST',
    path: '/agreements/ag-1/signatures',
    sent: signature,
  },
  {
    name: 'getAgreementVersion',
    call: (api) => api.getAgreementVersion('ag-1', 1),
    answer: fixtures.agreementVersion,
    method: 'GET',
    path: '/agreements/ag-1/versions/1',
  },
  {
    name: 'getAgreementAudit',
    call: (api) => api.getAgreementAudit('ag-1'),
    answer: fixtures.audit,
    method: 'GET',
    path: '/agreements/ag-1/audit',
  },
  {
    name: 'getProgramReport',
    call: (api) => api.getProgramReport(),
    answer: fixtures.report,
    method: 'GET',
    path: '/program/report',
  },
];

const creates = new Set([
  'createRequest',
  'createGoal',
  'createRecap',
  'submitSurvey',
  'signAgreement',
]);

/** PUTs that set a whole value (the order of goals): idempotent, no version to match. */
const wholeValues = new Set(['reorderGoals']);

describe('HttpMentoringApi operations', () => {
  for (const operation of operations) {
    it(`${operation.name} sends ${operation.method} ${operation.path} and returns the validated answer`, async () => {
      const { api, server } = await clientFor([
        { status: operation.method === 'POST' ? 201 : 200, body: operation.answer },
      ]);

      const result = await operation.call(api);

      expect(result).to.deep.equal(operation.answer);
      const [received, ...more] = await server.received();
      expect(more).to.have.length(0);
      expect(received!.method).to.equal(operation.method);
      expect(received!.path).to.equal(operation.path);
      expect(received!.headers['accept']).to.contain('application/problem+json');
      if (operation.sent !== undefined) {
        expect(received!.headers['content-type']).to.match(/^application\/json/);
        expect(JSON.parse(received!.body)).to.deep.equal(operation.sent);
      }
      expect(received!.headers['idempotency-key'] !== undefined, 'Idempotency-Key').to.equal(
        creates.has(operation.name),
      );
      const isEdit =
        operation.sent !== undefined &&
        !creates.has(operation.name) &&
        !wholeValues.has(operation.name);
      expect(received!.headers['if-match']).to.equal(isEdit ? '"3"' : undefined);
    });
  }

  it('encodes ids in paths', async () => {
    const { api, server } = await clientFor([{ body: fixtures.goal }]);

    await api.updateGoal('g 1/../admin?x', { progress: 50 }, { version: 7 });

    const [received] = await server.received();
    expect(received!.path).to.equal('/goals/g%201%2F..%2Fadmin%3Fx');
    expect(received!.headers['if-match']).to.equal('"7"');
  });

  it('sends search filters as query parameters', async () => {
    const { api, server } = await clientFor([{ body: fixtures.mentorPage }]);

    await api.searchMentors({
      q: 'product lead',
      skills: ['roadmapping', 'negotiation'],
      available: true,
      weights: { skills: 40 },
    });

    const [received] = await server.received();
    expect(received!.path).to.equal(
      '/mentors?q=product+lead&skills=roadmapping&skills=negotiation&available=true&weights.skills=40',
    );
  });
});
