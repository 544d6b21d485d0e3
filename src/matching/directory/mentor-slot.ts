// What the directory keeps of a mentor: a small object for sorting and availability, and id lists
// (facet values, normalised scoring words) interned in shared `Terms`.
import type { MentorProfile } from '../../contract/index.js';
import { baseLanguage, normalise } from '../score.js';
import { mentorSearchText, nameSortKey, searchWords } from '../search.js';
import { Terms } from './terms.js';

/** The part of a mentor profile directory search reads (the server loads only these columns). */
export type DirectoryEntry = Pick<
  MentorProfile,
  | 'id'
  | 'name'
  | 'title'
  | 'department'
  | 'location'
  | 'languages'
  | 'skills'
  | 'interests'
  | 'programTypes'
  | 'capacity'
  | 'activeMentees'
  | 'availability'
  | 'responsiveness'
>;

/** The interned vocabularies of one directory. */
export class DirectoryTerms {
  /** Facet values exactly as mentors wrote them (facets list them, filters compare lower case). */
  readonly skills = new Terms();
  readonly languages = new Terms();
  readonly locations = new Terms();
  readonly departments = new Terms();
  readonly programTypes = new Terms();
  /** Normalised words for scoring: skills, interests, language bases, countries and cities. */
  readonly words = new Terms();
  /** Folded words of the searchable text (see `searchWords`), for free-text search. */
  readonly textWords = new Terms();
  readonly timeZones = new Terms();
}

/** A mentor's id lists in FlatLists: the five facets in FACET_KEYS order, then these. */
export const SKILL_WORDS = 5;
/** Interests and skills together: shared interests count either. */
export const TOPIC_WORDS = 6;
export const LANGUAGE_BASES = 7;
export const TEXT_WORDS = 8;
export const LIST_COUNT = 9;

export interface MentorSlot extends Pick<
  DirectoryEntry,
  'id' | 'name' | 'capacity' | 'activeMentees' | 'availability' | 'responsiveness'
> {
  /** See `nameSortKey`. */
  readonly nameKey: string;
}

export interface CompiledMentor {
  slot: MentorSlot;
  lists: number[][];
  timeZone: number;
  country: number;
  city: number;
}

export function compileMentor(entry: DirectoryEntry, terms: DirectoryTerms): CompiledMentor {
  const { location } = entry;
  const words = (items: readonly string[]) => terms.words.ids(items.map(normalise));
  return {
    slot: {
      id: entry.id,
      name: entry.name,
      nameKey: nameSortKey(entry.name),
      capacity: entry.capacity,
      activeMentees: entry.activeMentees,
      availability: entry.availability,
      responsiveness: entry.responsiveness,
    },
    lists: [
      terms.skills.ids(entry.skills),
      terms.languages.ids(entry.languages),
      terms.locations.ids([location.city]),
      terms.departments.ids([entry.department]),
      terms.programTypes.ids(entry.programTypes),
      words(entry.skills),
      words([...entry.interests, ...entry.skills]),
      terms.words.ids(entry.languages.map(baseLanguage)),
      terms.textWords.ids(searchWords(mentorSearchText(entry))),
    ],
    timeZone: terms.timeZones.id(location.timeZone),
    country: terms.words.id(normalise(location.country)),
    city: terms.words.id(normalise(location.city)),
  };
}
