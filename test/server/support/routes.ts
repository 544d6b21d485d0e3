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
      criteria: { measurable: 'Two reviews led.' },
      dueDate: '2027-03-31',
      milestones: [{ title: 'First review', dueDate: null, done: false }],
      keyResults: [{ title: 'Reviews led', start: 0, target: 2, current: 0, unit: 'reviews' }],
    },
    textField: 'title',
  },
  {
    method: 'PUT',
    path: `/mentorships/${FIXTURE_IDS.activeMentorship}/goal-order`,
    as: PERSONAS.mentee,
    body: { goalIds: [FIXTURE_IDS.smartGoal] },
    textField: 'goalIds',
  },
  {
    method: 'PATCH',
    path: `/goals/${FIXTURE_IDS.smartGoal}`,
    as: PERSONAS.mentee,
    body: { progress: 40, criteria: { measurable: 'Feedback from two directors.' } },
    textField: 'title',
    ifMatch: true,
  },
  {
    method: 'POST',
    path: `/mentorships/${FIXTURE_IDS.activeMentorship}/recaps`,
    as: PERSONAS.mentee,
    body: {
      sessionDate: '2026-11-20',
      notes: 'Good',
      actionItems: [{ text: 'Send the plan', owner: 'mentee', dueDate: null }],
      goalUpdates: [{ goalId: FIXTURE_IDS.realGoal, progress: 50 }],
    },
    textField: 'notes',
  },
  {
    method: 'PATCH',
    path: '/action-items/recap-00002-a1',
    as: PERSONAS.mentee,
    body: { done: true, text: 'Collect adoption numbers' },
    textField: 'text',
    ifMatch: true,
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
    body: {
      version: 2,
      contentHash: 'a'.repeat(64),
      consent: true,
      typedName: 'Ana Souza',
      statement: `I, Ana Souza, agree to version 2 (SHA-256 ${'a'.repeat(64)}).`,
    },
    textField: 'typedName',
  },
  {
    method: 'POST',
    path: `/mentorships/${FIXTURE_IDS.activeMentorship}/end`,
    as: PERSONAS.mentee,
    body: { reason: '' },
    textField: 'reason',
    ifMatch: true,
  },
];
