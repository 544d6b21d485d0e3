// The memory API's data: the generated program in maps, plus the bits a server keeps in its
// database (idempotency keys, id sequence). Mutations run one at a time, like transactions.
import {
  type Agreement,
  canonicalJson,
  isExpired,
  OPEN_REQUEST_STATUSES,
  type Goal,
  type MatchRequest,
  type MenteeProfile,
  type MentorProfile,
  type Mentorship,
  type Person,
  type ProgramSettings,
  type Recap,
  type Role,
} from '../contract/index.js';
import type {
  AgreementRecord,
  Program,
  ProgramFixture,
  SurveyDefinition,
  SurveyResponseRow,
} from '../fixtures/index.js';
import { DEMO_AGREEMENT_POLICY } from '../fixtures/index.js';
import { DEFAULT_MIN_GROUP_SIZE } from '../contract/survey-results.js';
import { DirectoryIndex } from '../matching/index.js';
import { problems } from './problems.js';

export interface Viewer {
  person: Person;
  roles: Role[];
  mentee: MenteeProfile | null;
  isAdmin: boolean;
}

interface StoredAnswer {
  body: string;
  result: unknown;
}

export class MemoryStore {
  readonly program: Program;
  readonly people = new Map<string, Person>();
  readonly roles: Record<string, Role[]>;
  readonly mentorList: MentorProfile[];
  readonly mentors = new Map<string, MentorProfile>();
  readonly mentees = new Map<string, MenteeProfile>();
  readonly requests = new Map<string, MatchRequest>();
  readonly mentorships = new Map<string, Mentorship>();
  readonly goals = new Map<string, Goal>();
  readonly recaps: Recap[];
  readonly surveys = new Map<string, SurveyDefinition>();
  readonly responses: SurveyResponseRow[];
  readonly agreements = new Map<string, AgreementRecord>();
  /** Private reasons of ended mentorships (program team only). */
  readonly endReasons = new Map<string, { by: string; reason: string }>();
  /** Directory search; told about every change to a mentor. */
  readonly directory = new DirectoryIndex();
  private readonly idempotency = new Map<string, StoredAnswer>();
  private queue: Promise<unknown> = Promise.resolve();
  private seq = 0;

  constructor(
    fixture: ProgramFixture,
    readonly now: () => Date,
    readonly expiryDays: number,
    /** Survey aggregates of fewer answers are withheld. */
    readonly minGroupSize = DEFAULT_MIN_GROUP_SIZE,
    /** The program's signing policy (memory API option `agreementPolicy`). */
    readonly agreementPolicy: Agreement['policy'] = DEMO_AGREEMENT_POLICY,
  ) {
    this.program = fixture.program;
    this.roles = fixture.roles;
    for (const person of fixture.people) this.people.set(person.id, person);
    this.mentorList = fixture.mentors;
    for (const mentor of fixture.mentors) {
      this.mentors.set(mentor.id, mentor);
      this.directory.upsert(mentor);
    }
    for (const row of fixture.mentees) this.mentees.set(row.person.id, row.mentee);
    for (const request of fixture.requests) this.requests.set(request.id, request);
    for (const mentorship of fixture.mentorships) this.mentorships.set(mentorship.id, mentorship);
    for (const goal of fixture.goals) this.goals.set(goal.id, goal);
    this.recaps = fixture.recaps;
    for (const survey of fixture.surveys) this.surveys.set(survey.id, survey);
    this.responses = fixture.surveyResponses;
    for (const record of fixture.agreements) this.agreements.set(record.agreement.id, record);
  }

  /** Runs mutations one after another, so two parallel accepts cannot both take the last spot. */
  exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  newId(prefix: string): string {
    return `${prefix}-mem-${String(++this.seq).padStart(5, '0')}`;
  }

  viewer(userId: string): Viewer {
    const person = this.people.get(userId);
    if (!person) throw problems.unauthenticated();
    const roles = this.roles[userId] ?? [];
    return {
      person,
      roles,
      mentee: this.mentees.get(userId) ?? null,
      isAdmin: roles.includes('admin'),
    };
  }

  /**
   * Replays the stored result for a repeated key with the same body; refuses the key with another
   * body. Only successful results are stored (a failed attempt may be retried).
   */
  async idempotent<T>(
    personId: string,
    operation: string,
    key: string | undefined,
    body: unknown,
    work: () => Promise<T> | T,
  ): Promise<T> {
    if (key === undefined) return work();
    const id = `${personId}\u0000${operation}\u0000${key}`;
    const text = canonicalJson(body ?? null);
    const stored = this.idempotency.get(id);
    if (stored) {
      if (stored.body !== text)
        throw problems.unprocessable(
          'idempotency-key-reused',
          'This Idempotency-Key was already used with a different body.',
        );
      return structuredClone(stored.result) as T;
    }
    const result = await work();
    this.idempotency.set(id, { body: text, result: structuredClone(result) });
    return result;
  }

  /** Unanswered requests past their date become `expired` when anyone reads or writes them. */
  expireDue(): void {
    const now = this.now();
    for (const request of this.requests.values()) {
      if (OPEN_REQUEST_STATUSES.includes(request.status) && isExpired(request, now)) {
        request.status = 'expired';
        request.updatedAt = request.expiresAt;
        request.version++;
      }
    }
  }

  /** The program's rules; request expiry follows this store's `expiryDays`. */
  get settings(): ProgramSettings {
    return { ...this.program.settings, requestExpiryDays: this.expiryDays };
  }

  activeMentorshipCount(menteeId: string): number {
    let n = 0;
    for (const mentorship of this.mentorships.values())
      if (mentorship.menteeId === menteeId && mentorship.status === 'active') n++;
    return n;
  }

  activeMentorship(menteeId: string, mentorId: string): Mentorship | undefined {
    for (const mentorship of this.mentorships.values()) {
      if (
        mentorship.status === 'active' &&
        mentorship.menteeId === menteeId &&
        mentorship.mentorId === mentorId
      )
        return mentorship;
    }
    return undefined;
  }
}
