// Contract-valid answers for the client tests (small, hand-written, realistic).
import type {
  Agreement,
  AgreementVersion,
  AuditTrail,
  Goal,
  MatchRequest,
  Me,
  MentorPage,
  MentorProfile,
  Mentorship,
  ProgramReport,
  Recap,
  Survey,
  SurveySubmission,
} from '../../../src/contract/index.js';

const hash = (digit: string) => digit.repeat(64);

export const me: Me = {
  person: {
    id: 'p-lucia',
    name: 'Lucía Fernández',
    email: 'lucia.fernandez@example.com',
    title: 'Product Analyst',
    department: 'Product',
    location: { city: 'Madrid', country: 'Spain', timeZone: 'Europe/Madrid' },
    languages: ['es', 'en'],
    avatarUrl: null,
    managerIds: ['p-marta', 'p-olu'],
    budgetOwnerId: 'p-olu',
  },
  roles: ['mentee'],
  mentee: {
    goals: ['Lead my first cross-team project'],
    wantedSkills: ['stakeholder management', 'roadmapping'],
    interests: ['data storytelling'],
  },
  programId: 'prog-career-2026',
  settings: {
    maxActiveMentorshipsPerMentee: 1,
    mentorCapacityMax: 3,
    requestExpiryDays: 14,
    goalsNeedMentorConfirmation: false,
  },
  mentor: null,
};

export const mentor: MentorProfile = {
  id: 'p-amara',
  name: 'Amara Okafor',
  email: 'amara.okafor@example.com',
  title: 'Director of Product',
  department: 'Product',
  location: { city: 'Lisbon', country: 'Portugal', timeZone: 'Europe/Lisbon' },
  languages: ['en', 'pt'],
  avatarUrl: null,
  managerIds: ['p-cto'],
  budgetOwnerId: 'p-cto',
  bio: 'Fifteen years in product; I enjoy helping analysts become product leads.',
  skills: ['roadmapping', 'stakeholder management', 'negotiation'],
  interests: ['data storytelling'],
  yearsExperience: 15,
  programTypes: ['career', 'high-potential'],
  capacity: 3,
  activeMentees: 1,
  availability: { status: 'open', pausedUntil: null },
  formats: ['video', 'chat'],
  cadence: 'biweekly',
  responsiveness: { medianHoursToFirstReply: 20, answeredShare: 0.9, sampleSize: 12 },
  joinedAt: '2025-03-01T09:00:00Z',
};

export const mentorPage: MentorPage = {
  items: [
    {
      mentor,
      match: {
        score: 78,
        reasons: [
          {
            kind: 'skills',
            points: 35,
            matched: ['roadmapping', 'stakeholder management'],
            value: 2,
            total: 2,
          },
        ],
        conflicts: [],
      },
      openSpots: 2,
      requestable: true,
      notRequestableReason: null,
    },
  ],
  nextCursor: 'c2',
  total: 1,
  facets: {
    skills: [{ value: 'roadmapping', count: 1 }],
    languages: [{ value: 'en', count: 1 }],
    locations: [{ value: 'Lisbon', count: 1 }],
    departments: [{ value: 'Product', count: 1 }],
    programTypes: [{ value: 'career', count: 1 }],
    available: 1,
  },
};

export const request: MatchRequest = {
  id: 'r-1',
  programId: 'prog-career-2026',
  menteeId: 'p-lucia',
  mentorId: 'p-amara',
  menteeName: 'Lucía Fernández',
  mentorName: 'Amara Okafor',
  status: 'pending',
  message: 'I would love your help preparing to lead a cross-team launch next quarter.',
  goals: ['Lead my first cross-team project'],
  expectations: '',
  preferences: { cadence: 'biweekly', format: 'video', durationWeeks: 12 },
  thread: [],
  decline: null,
  withdrawnReason: null,
  mentorshipId: null,
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  expiresAt: '2026-12-04T10:00:00Z',
  firstAnsweredAt: null,
  version: 1,
};

export const mentorship: Mentorship = {
  id: 'ms-1',
  programId: 'prog-career-2026',
  programType: 'career',
  requestId: 'r-1',
  mentorId: 'p-amara',
  menteeId: 'p-lucia',
  mentorName: 'Amara Okafor',
  menteeName: 'Lucía Fernández',
  status: 'active',
  agreementId: 'ag-1',
  startedAt: '2026-11-21T10:00:00Z',
  endedAt: null,
  version: 1,
};

export const goal: Goal = {
  id: 'g-1',
  mentorshipId: 'ms-1',
  framework: 'SMART',
  title: 'Run the Q1 launch stand-up across three teams',
  description: '',
  criteria: { measurable: 'Three teams join the stand-up every week.' },
  milestones: [{ id: 'm-1', title: 'Draft the launch plan', dueDate: '2026-12-15', done: false }],
  keyResults: [],
  dueDate: '2027-03-31',
  progress: 0,
  status: 'on-track',
  position: 0,
  archivedAt: null,
  confirmation: null,
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-22T10:00:00Z',
  version: 3,
};

export const recap: Recap = {
  id: 'rc-1',
  mentorshipId: 'ms-1',
  authorId: 'p-lucia',
  sessionDate: '2026-11-24',
  notes: 'Mapped the stakeholders and agreed on a weekly update.',
  actionItems: [
    {
      id: 'ai-1',
      recapId: 'rc-1',
      text: 'Send the draft plan to Amara',
      owner: 'mentee',
      dueDate: '2026-11-28',
      done: false,
      doneAt: null,
      version: 1,
    },
  ],
  goalUpdates: [{ goalId: 'g-1', progress: 20 }],
  createdAt: '2026-11-24T17:00:00Z',
};

export const survey: Survey = {
  id: 's-1',
  programId: 'prog-career-2026',
  mentorshipId: 'ms-1',
  kind: 'pulse',
  title: '30-day pulse',
  intro: 'Two minutes on how your mentorship is going.',
  anonymousToPartner: true,
  twoSided: true,
  sections: [],
  status: 'open',
  opensAt: null,
  questions: [
    {
      id: 'q1',
      label: 'How useful were your sessions?',
      help: null,
      required: true,
      type: 'rating',
      scale: 5,
      lowLabel: 'Not useful',
      highLabel: 'Very useful',
    },
    {
      id: 'q2',
      label: 'How likely are you to recommend the program?',
      help: null,
      required: true,
      type: 'nps',
    },
  ],
  submitted: false,
  closesAt: null,
  version: 1,
};

export const submission: SurveySubmission = {
  response: {
    id: 'sr-1',
    surveyId: 's-1',
    authorId: 'p-lucia',
    answers: { q1: 5, q2: 9 },
    anonymous: false,
    submittedAt: '2026-11-25T09:00:00Z',
  },
  partnerResponse: null,
  waitingForPartner: true,
};

export const agreement: Agreement = {
  id: 'ag-1',
  mentorshipId: 'ms-1',
  mentorId: 'p-amara',
  menteeId: 'p-lucia',
  title: 'Mentoring agreement: Amara and Lucía',
  sections: [{ key: 'cadence', title: 'Meetings', body: 'Every two weeks, 45 minutes, on video.' }],
  version: 2,
  contentHash: hash('a'),
  signatures: [],
  status: 'awaiting-signatures',
  updatedAt: '2026-11-22T10:00:00Z',
  updatedBy: 'p-lucia',
  endedAt: null,
  policy: { signatureMethods: ['typed', 'drawn'], contact: 'mentoring@northwind.example' },
};

export const agreementVersion: AgreementVersion = {
  agreementId: 'ag-1',
  version: 1,
  sections: agreement.sections,
  contentHash: hash('b'),
  createdAt: '2026-11-21T10:00:00Z',
  createdBy: 'p-amara',
  signatures: [],
};

export const audit: AuditTrail = {
  items: [
    {
      seq: 1,
      agreementId: 'ag-1',
      type: 'created',
      actorId: 'p-amara',
      at: '2026-11-21T10:00:00Z',
      version: 1,
      contentHash: hash('b'),
      prevHash: hash('0'),
      hash: hash('c'),
    },
  ],
};

export const report: ProgramReport = {
  programId: 'prog-career-2026',
  generatedAt: '2026-11-25T09:00:00Z',
  participants: { mentors: 210, mentees: 340 },
  requests: {
    sent: 120,
    pending: 14,
    needsInfo: 3,
    accepted: 80,
    declined: 15,
    withdrawn: 4,
    expired: 4,
  },
  acceptanceRate: 0.81,
  medianHoursToFirstAnswer: 26,
  activeMentorships: 78,
  agreementsSigned: 60,
  goals: { total: 190, completed: 41 },
  actionItems: { total: 420, doneOnTime: 300 },
  averageRelationshipRating: 4.4,
  nps: 42,
};
