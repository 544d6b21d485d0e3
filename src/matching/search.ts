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

/**
 * The text's words as one string, " word word ...", so a prefix test is one `includes` call and a
 * 100,000-mentor directory keeps one string per mentor instead of an array of words.
 */
export function foldText(text: string): string {
  return ` ${searchWords(text).join(' ')}`;
}

export function matchesFolded(queryWords: readonly string[], folded: string): boolean {
  return queryWords.every((q) => folded.includes(` ${q}`));
}

/** "Most responsive": fastest median first, then the larger answered share; unknown last. */
export function compareResponsiveness(
  a: Pick<MentorProfile, 'id' | 'responsiveness'>,
  b: Pick<MentorProfile, 'id' | 'responsiveness'>,
): number {
  const ha = a.responsiveness.medianHoursToFirstReply;
  const hb = b.responsiveness.medianHoursToFirstReply;
  if (ha !== hb) return ha === null ? 1 : hb === null ? -1 : ha - hb;
  const sa = a.responsiveness.answeredShare ?? -1;
  const sb = b.responsiveness.answeredShare ?? -1;
  return sb - sa || compareIds(a.id, b.id);
}

/** By name (code-point order, like SQL's C collation), then id. */
export function compareNames(
  a: Pick<MentorProfile, 'name' | 'id'>,
  b: Pick<MentorProfile, 'name' | 'id'>,
): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : compareIds(a.id, b.id);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
