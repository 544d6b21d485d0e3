// Drizzle schema of the reference server. The same tables and migrations run on PGlite (embedded)
// and on a PostgreSQL server. Nested, always-read-together data (milestones, thread, answers,
// sections) lives in jsonb; everything the directory filters or sorts on is a real column.
import { sql } from 'drizzle-orm';
import {
  pgTable,
  text,
  integer,
  boolean,
  jsonb,
  timestamp,
  date,
  real,
  primaryKey,
  index,
  uniqueIndex,
  bigint,
} from 'drizzle-orm/pg-core';
import type {
  AgreementSection,
  AuditEvent,
  SignatureDrawing,
  SignatureMethod,
  GoalCriteria,
  GoalConfirmation,
  GoalFramework,
  GoalStatus,
  GoalUpdate,
  KeyResult,
  Milestone,
  ActionItem,
  ThreadMessage,
  Question,
  SurveySection,
  AnswerValue,
  ProgramType,
  RequestStatus,
  DeclineReason,
  Role,
  MeetingFormat,
  Cadence,
  WithdrawnReason,
} from '../../src/contract/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const programs = pgTable('programs', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  type: text('type').$type<ProgramType>().notNull(),
  /** Days an unanswered request stays open. */
  requestExpiryDays: integer('request_expiry_days').notNull().default(14),
  /** Active mentorships a mentee may have at once (ProgramSettings). */
  maxActiveMentorshipsPerMentee: integer('max_active_mentorships_per_mentee').notNull().default(1),
  /** Most mentees a mentor may take at once. */
  mentorCapacityMax: integer('mentor_capacity_max').notNull().default(3),
  /** A goal the mentee marks as done waits for the mentor's confirmation. */
  goalsNeedMentorConfirmation: boolean('goals_need_mentor_confirmation').notNull().default(false),
});

/**
 * Everyone in the program. Mentor columns are filled when `is_mentor`; mentee columns when the
 * person is a mentee. One table keeps directory search a single indexed scan.
 */
export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    programId: text('program_id').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    title: text('title').notNull(),
    department: text('department').notNull(),
    city: text('city').notNull(),
    country: text('country').notNull(),
    timeZone: text('time_zone').notNull(),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'`),
    avatarUrl: text('avatar_url'),
    managerIds: text('manager_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    budgetOwnerId: text('budget_owner_id'),
    roles: text('roles').array().$type<Role[]>().notNull(),
    isMentor: boolean('is_mentor').notNull().default(false),
    // Mentor profile
    bio: text('bio').notNull().default(''),
    skills: text('skills')
      .array()
      .notNull()
      .default(sql`'{}'`),
    interests: text('interests')
      .array()
      .notNull()
      .default(sql`'{}'`),
    yearsExperience: integer('years_experience').notNull().default(0),
    programTypes: text('program_types')
      .array()
      .$type<ProgramType[]>()
      .notNull()
      .default(sql`'{}'`),
    capacity: integer('capacity').notNull().default(0),
    activeMentees: integer('active_mentees').notNull().default(0),
    availabilityStatus: text('availability_status')
      .$type<'open' | 'paused'>()
      .notNull()
      .default('open'),
    pausedUntil: date('paused_until', { mode: 'string' }),
    formats: text('formats')
      .array()
      .$type<MeetingFormat[]>()
      .notNull()
      .default(sql`'{}'`),
    cadence: text('cadence').$type<Cadence>().notNull().default('biweekly'),
    /** Derived from request history; refreshed whenever a mentor answers. */
    respMedianHours: real('resp_median_hours'),
    respAnsweredShare: real('resp_answered_share'),
    respSampleSize: integer('resp_sample_size').notNull().default(0),
    joinedAt: ts('joined_at').notNull(),
    // Mentee profile
    menteeGoals: text('mentee_goals').array(),
    wantedSkills: text('wanted_skills').array(),
    menteeInterests: text('mentee_interests').array(),
    version: integer('version').notNull().default(1),
    /**
     * The transaction that last wrote the row, set by a trigger (migration 0002). Directory
     * indexes in server processes catch up by reading the rows written since their last snapshot.
     */
    // bigint rather than xid8: the planner has statistics for it, so "changed since" uses the index.
    changedBy: bigint('changed_by', { mode: 'number' })
      .notNull()
      .default(sql`pg_current_xact_id()::text::bigint`),
  },
  (t) => [
    index('people_program_mentor_idx').on(t.programId, t.isMentor),
    index('people_changed_by_idx').on(t.changedBy),
  ],
);

export const requests = pgTable(
  'requests',
  {
    id: text('id').primaryKey(),
    programId: text('program_id').notNull(),
    menteeId: text('mentee_id').notNull(),
    mentorId: text('mentor_id').notNull(),
    status: text('status').$type<RequestStatus>().notNull(),
    message: text('message').notNull(),
    goals: jsonb('goals').$type<string[]>().notNull(),
    expectations: text('expectations').notNull().default(''),
    cadence: text('cadence').$type<Cadence>(),
    format: text('format').$type<MeetingFormat>(),
    durationWeeks: integer('duration_weeks'),
    thread: jsonb('thread').$type<ThreadMessage[]>().notNull(),
    declineReason: text('decline_reason').$type<DeclineReason>(),
    declineNote: text('decline_note'),
    withdrawnReason: text('withdrawn_reason').$type<WithdrawnReason>(),
    mentorshipId: text('mentorship_id'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    firstAnsweredAt: ts('first_answered_at'),
    version: integer('version').notNull().default(1),
    /** The transaction that last wrote the row (trigger, migration 0009): see relations-cache.ts. */
    changedBy: bigint('changed_by', { mode: 'number' })
      .notNull()
      .default(sql`pg_current_xact_id()::text::bigint`),
  },
  (t) => [
    index('requests_changed_by_idx').on(t.changedBy),
    index('requests_mentee_idx').on(t.menteeId, t.createdAt),
    index('requests_mentor_idx').on(t.mentorId, t.createdAt),
    index('requests_open_expiry_idx')
      .on(t.expiresAt)
      .where(sql`${t.status} in ('pending', 'needs-info')`),
    // A mentee has at most one open request to the same mentor.
    uniqueIndex('requests_one_open_per_pair')
      .on(t.menteeId, t.mentorId)
      .where(sql`${t.status} in ('pending', 'needs-info')`),
  ],
);

export const mentorships = pgTable(
  'mentorships',
  {
    id: text('id').primaryKey(),
    programId: text('program_id').notNull(),
    programType: text('program_type').$type<ProgramType>().notNull(),
    requestId: text('request_id'),
    mentorId: text('mentor_id').notNull(),
    menteeId: text('mentee_id').notNull(),
    status: text('status').$type<'active' | 'ended'>().notNull(),
    agreementId: text('agreement_id'),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at'),
    /** Who ended it and their private reason (program team only). */
    endedBy: text('ended_by'),
    endReason: text('end_reason'),
    version: integer('version').notNull().default(1),
    /** The transaction that last wrote the row (trigger, migration 0009): see relations-cache.ts. */
    changedBy: bigint('changed_by', { mode: 'number' })
      .notNull()
      .default(sql`pg_current_xact_id()::text::bigint`),
  },
  (t) => [
    index('mentorships_changed_by_idx').on(t.changedBy),
    index('mentorships_mentor_idx').on(t.mentorId),
    index('mentorships_mentee_idx').on(t.menteeId),
    // One active mentorship per pair.
    uniqueIndex('mentorships_one_active_per_pair')
      .on(t.mentorId, t.menteeId)
      .where(sql`${t.status} = 'active'`),
  ],
);

export const goals = pgTable(
  'goals',
  {
    id: text('id').primaryKey(),
    mentorshipId: text('mentorship_id').notNull(),
    framework: text('framework').$type<GoalFramework>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    criteria: jsonb('criteria').$type<GoalCriteria>().notNull().default({}),
    milestones: jsonb('milestones').$type<Milestone[]>().notNull(),
    keyResults: jsonb('key_results').$type<KeyResult[]>().notNull().default([]),
    dueDate: date('due_date', { mode: 'string' }),
    progress: real('progress').notNull().default(0),
    status: text('status').$type<GoalStatus>().notNull(),
    position: integer('position').notNull().default(0),
    archivedAt: ts('archived_at'),
    /** The last step of the mentor's confirmation (requested, sent back, confirmed). */
    confirmation: jsonb('confirmation').$type<GoalConfirmation>(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('goals_mentorship_idx').on(t.mentorshipId, t.createdAt)],
);

export const recaps = pgTable(
  'recaps',
  {
    id: text('id').primaryKey(),
    mentorshipId: text('mentorship_id').notNull(),
    authorId: text('author_id').notNull(),
    sessionDate: date('session_date', { mode: 'string' }).notNull(),
    notes: text('notes').notNull(),
    actionItems: jsonb('action_items').$type<ActionItem[]>().notNull(),
    goalUpdates: jsonb('goal_updates').$type<GoalUpdate[]>().notNull().default([]),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('recaps_mentorship_idx').on(t.mentorshipId, t.sessionDate)],
);

export const surveys = pgTable('surveys', {
  id: text('id').primaryKey(),
  programId: text('program_id').notNull(),
  mentorshipId: text('mentorship_id'),
  kind: text('kind').$type<'pulse' | 'check-in' | 'close-out'>().notNull(),
  title: text('title').notNull(),
  intro: text('intro').notNull(),
  anonymousToPartner: boolean('anonymous_to_partner').notNull(),
  twoSided: boolean('two_sided').notNull(),
  sections: jsonb('sections').$type<SurveySection[]>().notNull().default([]),
  questions: jsonb('questions').$type<Question[]>().notNull(),
  opensAt: ts('opens_at'),
  closesAt: ts('closes_at'),
  version: integer('version').notNull().default(1),
});

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: text('id').primaryKey(),
    surveyId: text('survey_id').notNull(),
    authorId: text('author_id').notNull(),
    answers: jsonb('answers').$type<Record<string, AnswerValue>>().notNull(),
    anonymous: boolean('anonymous').notNull(),
    submittedAt: ts('submitted_at').notNull(),
  },
  (t) => [uniqueIndex('survey_responses_one_per_author').on(t.surveyId, t.authorId)],
);

export const agreements = pgTable('agreements', {
  id: text('id').primaryKey(),
  mentorshipId: text('mentorship_id').notNull(),
  mentorId: text('mentor_id').notNull(),
  menteeId: text('mentee_id').notNull(),
  title: text('title').notNull(),
  sections: jsonb('sections').$type<AgreementSection[]>().notNull(),
  version: integer('version').notNull(),
  contentHash: text('content_hash').notNull(),
  updatedAt: ts('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
  endedAt: ts('ended_at'),
});

export const agreementVersions = pgTable(
  'agreement_versions',
  {
    agreementId: text('agreement_id').notNull(),
    version: integer('version').notNull(),
    sections: jsonb('sections').$type<AgreementSection[]>().notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: ts('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.version] })],
);

export const signatures = pgTable(
  'signatures',
  {
    agreementId: text('agreement_id').notNull(),
    version: integer('version').notNull(),
    personId: text('person_id').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<'mentor' | 'mentee'>().notNull(),
    contentHash: text('content_hash').notNull(),
    signedAt: ts('signed_at').notNull(),
    voided: boolean('voided').notNull().default(false),
    method: text('method').$type<SignatureMethod>().notNull().default('typed'),
    typedName: text('typed_name').notNull().default(''),
    drawing: jsonb('drawing').$type<SignatureDrawing>(),
    statement: text('statement').notNull().default(''),
    authentication: text('authentication').notNull().default(''),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.version, t.personId] })],
);

/** Append-only (a trigger refuses UPDATE and DELETE); each event hashes the previous one. */
export const auditEvents = pgTable(
  'audit_events',
  {
    agreementId: text('agreement_id').notNull(),
    seq: integer('seq').notNull(),
    type: text('type').$type<AuditEvent['type']>().notNull(),
    actorId: text('actor_id').notNull(),
    at: ts('at').notNull(),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.seq] })],
);

/** Stored first answers of creating POSTs, keyed per person, route and Idempotency-Key. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    personId: text('person_id').notNull(),
    route: text('route').notNull(),
    key: text('key').notNull(),
    bodyHash: text('body_hash').notNull(),
    status: integer('status'),
    response: jsonb('response'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.route, t.key] })],
);
