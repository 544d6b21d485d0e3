// Directory text matching and sort orders as pure functions (the DirectoryIndex in ./directory
// applies them; the memory API and the reference server both search through it).
import type { MentorProfile } from '../contract/index.js';

/** Lower-case words without accents: "Ramírez" and "ramirez" match. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** What free text is searched in: name, title, department, skills, interests. */
export function mentorSearchText(
  mentor: Pick<MentorProfile, 'name' | 'title' | 'department' | 'skills' | 'interests'>,
): string {
  return [mentor.name, mentor.title, mentor.department, ...mentor.skills, ...mentor.interests].join(
    ' ',
  );
}

/** "Most responsive" sort keys: hours to first reply and answered share, unknown last. */
export const responseHoursKey = (r: MentorProfile['responsiveness']): number =>
  r.medianHoursToFirstReply ?? Infinity;
export const answeredShareKey = (r: MentorProfile['responsiveness']): number =>
  r.answeredShare ?? -1;

/** Fastest median first, then the larger answered share (0 on a tie: callers add the id). */
export function compareResponseKeys(
  hoursA: number,
  shareA: number,
  hoursB: number,
  shareB: number,
): number {
  return hoursA !== hoursB ? (hoursA < hoursB ? -1 : 1) : shareB - shareA;
}

/** The name as alphabetical order reads it: accents and case ignored ("Élodie" ~ "elodie"). */
export const nameSortKey = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Alphabetical: by `nameSortKey` ("Félix" before "Freya"), then the exact name, then id; strings
 * compare by UTF-16 code unit, the same on every engine.
 */
export function compareNames(
  a: Pick<MentorProfile, 'name' | 'id'> & { nameKey?: string },
  b: Pick<MentorProfile, 'name' | 'id'> & { nameKey?: string },
): number {
  const keyA = a.nameKey ?? nameSortKey(a.name);
  const keyB = b.nameKey ?? nameSortKey(b.name);
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : compareIds(a.id, b.id);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
