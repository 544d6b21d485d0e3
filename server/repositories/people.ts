// People, mentor profiles and mentee profiles: rows <-> contract shapes.
import { eq, sql } from 'drizzle-orm';
import type { MenteeProfile, MentorProfile, Person, Role } from '../../src/contract/index.js';
import type { DirectoryEntry, MenteeSubject } from '../../src/matching/index.js';
import type { Tx } from '../db/connection.js';
import { preparedPerHandle } from '../db/sql.js';
import { people } from '../db/schema.js';

export type PersonRow = typeof people.$inferSelect;
export type NewPersonRow = typeof people.$inferInsert;
/** A person as lists and cards read them (no change-feed bookkeeping). */
export type CardRow = Omit<PersonRow, 'changedBy'>;

export function toPerson(row: CardRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    title: row.title,
    department: row.department,
    location: { city: row.city, country: row.country, timeZone: row.timeZone },
    languages: row.languages,
    avatarUrl: row.avatarUrl,
    managerIds: row.managerIds,
    budgetOwnerId: row.budgetOwnerId,
  };
}

/** The columns directory search reads: no bio, e-mail or anything else only a card shows. */
export const directoryColumns = {
  id: people.id,
  isMentor: people.isMentor,
  name: people.name,
  title: people.title,
  department: people.department,
  city: people.city,
  country: people.country,
  timeZone: people.timeZone,
  languages: people.languages,
  skills: people.skills,
  interests: people.interests,
  programTypes: people.programTypes,
  capacity: people.capacity,
  activeMentees: people.activeMentees,
  availabilityStatus: people.availabilityStatus,
  pausedUntil: people.pausedUntil,
  respMedianHours: people.respMedianHours,
  respAnsweredShare: people.respAnsweredShare,
  respSampleSize: people.respSampleSize,
};
type DirectoryRow = Pick<CardRow, keyof typeof directoryColumns>;

export function toDirectoryEntry(row: DirectoryRow): DirectoryEntry {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    department: row.department,
    location: { city: row.city, country: row.country, timeZone: row.timeZone },
    languages: row.languages,
    skills: row.skills,
    interests: row.interests,
    programTypes: row.programTypes,
    capacity: row.capacity,
    activeMentees: row.activeMentees,
    availability: { status: row.availabilityStatus, pausedUntil: row.pausedUntil },
    responsiveness: {
      medianHoursToFirstReply: row.respMedianHours === null ? null : round(row.respMedianHours),
      answeredShare: row.respAnsweredShare === null ? null : round(row.respAnsweredShare, 1000),
      sampleSize: row.respSampleSize,
    },
  };
}

export function toMentorProfile(row: CardRow): MentorProfile {
  return {
    ...toPerson(row),
    ...toDirectoryEntry(row),
    bio: row.bio,
    yearsExperience: row.yearsExperience,
    formats: row.formats,
    cadence: row.cadence,
    joinedAt: row.joinedAt.toISOString(),
  };
}

const round = (value: number, by = 10) => Math.round(value * by) / by;

export function toMenteeProfile(row: PersonRow): MenteeProfile | null {
  if (!row.roles.includes('mentee')) return null;
  return {
    goals: row.menteeGoals ?? [],
    wantedSkills: row.wantedSkills ?? [],
    interests: row.menteeInterests ?? [],
  };
}

export function toMenteeSubject(row: PersonRow): MenteeSubject | null {
  const mentee = toMenteeProfile(row);
  return mentee ? { person: toPerson(row), mentee } : null;
}

/** Row for a person, optionally with mentor and mentee profiles (seed and tests). */
export function personToRow(
  person: Person,
  programId: string,
  roles: Role[],
  options: { mentor?: MentorProfile; mentee?: MenteeProfile; now: Date },
): NewPersonRow {
  const mentor = options.mentor;
  return {
    id: person.id,
    programId,
    name: person.name,
    email: person.email,
    title: person.title,
    department: person.department,
    city: person.location.city,
    country: person.location.country,
    timeZone: person.location.timeZone,
    languages: person.languages,
    avatarUrl: person.avatarUrl,
    managerIds: person.managerIds,
    budgetOwnerId: person.budgetOwnerId,
    roles,
    isMentor: Boolean(mentor),
    bio: mentor?.bio ?? '',
    skills: mentor?.skills ?? [],
    interests: mentor?.interests ?? [],
    yearsExperience: mentor?.yearsExperience ?? 0,
    programTypes: mentor?.programTypes ?? [],
    capacity: mentor?.capacity ?? 0,
    activeMentees: mentor?.activeMentees ?? 0,
    availabilityStatus: mentor?.availability.status ?? 'open',
    pausedUntil: mentor?.availability.pausedUntil ?? null,
    formats: mentor?.formats ?? [],
    cadence: mentor?.cadence ?? 'biweekly',
    respMedianHours: mentor?.responsiveness.medianHoursToFirstReply ?? null,
    respAnsweredShare: mentor?.responsiveness.answeredShare ?? null,
    respSampleSize: mentor?.responsiveness.sampleSize ?? 0,
    joinedAt: mentor ? new Date(mentor.joinedAt) : options.now,
    menteeGoals: options.mentee?.goals ?? null,
    wantedSkills: options.mentee?.wantedSkills ?? null,
    menteeInterests: options.mentee?.interests ?? null,
  };
}

/** Prepared once per database handle: sign-in asks it for everyone not kept yet. */
const personById = preparedPerHandle((tx) =>
  tx
    .select()
    .from(people)
    .where(eq(people.id, sql.placeholder('id')))
    .limit(1)
    .prepare('person_by_id'),
);

export async function findPerson(tx: Tx, id: string): Promise<PersonRow | undefined> {
  const [row] = await personById(tx).execute({ id });
  return row;
}

export async function findPersonByEmail(tx: Tx, email: string): Promise<PersonRow | undefined> {
  const [row] = await tx.select().from(people).where(eq(people.email, email)).limit(1);
  return row;
}

export const isAdmin = (viewer: PersonRow) => viewer.roles.includes('admin');
