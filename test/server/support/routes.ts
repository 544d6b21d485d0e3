// The write routes of the API, each with a body that is valid except for what a test breaks.
// Shared by the bad-input tests (hand-written cases and cases generated from openapi.json).
import { FIXTURE_IDS, PERSONAS } from '../../../src/fixtures/index.js';

export interface Route {
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  as: string;
  /** A body that is valid except for what each case breaks. */
  body: Record<string, unknown>;
  /** A string field to overfill. */
  textField: string;
  ifMatch?: boolean;
}

export const ROUTES: Route[] = [
  {
    method: 'POST',
    path: '/requests',
    as: PERSONAS.secondMentee,
    body: {
      mentorId: PERSONAS.mentor,
      message: 'x'.repeat(30),
      goals: ['Grow'],
      expectations: 'Honest feedback',
      preferences: { cadence: 'weekly', format: 'video', durationWeeks: 12 },
    },
    textField: 'message',
  },
  {
    method: 'POST',
    path: `/requests/${FIXTURE_IDS.pendingRequest}/accept`,
    as: PERSONAS.mentor,
    body: {},
    textField: 'extra',
    ifMatch: true,
  },
  {
    method: 'POST',
    path: `/requests/${FIXTURE_IDS.pendingRequest}/decline`,
    as: PERSONAS.mentor,
    body: { reason: 'busy' },
    textField: 'note',
    ifMatch: true,
  },
  {
    method: 'POST',
    path: `/requests/${FIXTURE_IDS.pendingRequest}/ask`,
    as: PERSONAS.mentor,
    body: { question: 'When?' },
    textField: 'question',
    ifMatch: true,
  },
  {
    method: 'POST',
    path: `/requests/${FIXTURE_IDS.needsInfoRequest}/reply`,
    as: PERSONAS.secondMentee,
    body: { text: 'Soon' },
    textField: 'text',
    ifMatch: true,
  },
  {
    method: 'POST',
    path: `/requests/${FIXTURE_IDS.pendingRequest}/withdraw`,
    as: PERSONAS.requester,
    body: {},
    textField: 'extra',
    ifMatch: true,
  },
  {
    method: 'POST',
    path: `/mentorships/${FIXTURE_IDS.activeMentorship}/goals`,
    as: PERSONAS.mentee,
    body: {
      framework: 'SMART',
      title: 'Lead two reviews',
      milestones: [{ title: 'First review', dueDate: null, done: false }],
    },
    textField: 'title',
  },
  {
    method: 'PATCH',
    path: `/goals/${FIXTURE_IDS.smartGoal}`,
    as: PERSONAS.mentee,
    body: { progress: 40 },
    textField: 'title',
    ifMatch: true,
  },
  {
    method: 'POST',
    path: `/goals/${FIXTURE_IDS.smartGoal}/recaps`,
    as: PERSONAS.mentee,
    body: {
      sessionDate: '2026-11-20',
      notes: 'Good',
      actionItems: [{ text: 'Send the plan', owner: 'mentee', dueDate: null }],
      progress: 50,
    },
    textField: 'notes',
  },
  {
    method: 'POST',
    path: `/surveys/${FIXTURE_IDS.checkInSurvey}/responses`,
    as: PERSONAS.mentee,
    body: { answers: {} },
    textField: 'extra',
  },
  {
    method: 'PUT',
    path: `/agreements/${FIXTURE_IDS.agreementAwaitingSignature}`,
    as: PERSONAS.mentee,
    body: { sections: [{ key: 'goals', title: 'Goals', body: 'Ship' }] },
    textField: 'extra',
    ifMatch: true,
  },
  {
    method: 'POST',
    path: `/agreements/${FIXTURE_IDS.agreementAwaitingSignature}/signatures`,
    as: PERSONAS.mentee,
    body: { version: 2, contentHash: 'a'.repeat(64), consent: true, typedName: 'Ana Souza' },
    textField: 'typedName',
  },
];
