// What the directory keeps of a mentor: the facet values, normalised terms for scoring and the few
// scalars that sorting and availability need, all as ids into shared `Terms`.
import type { MentorProfile } from '../../contract/index.js';
import { baseLanguage, normalise } from '../score.js';
import { foldText, mentorSearchText } from '../search.js';
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
  readonly timeZones = new Terms();
}

export interface MentorSlot {
  readonly id: string;
  readonly name: string;
  /** Folded search text (see `foldText`). */
  readonly text: string;
  readonly skills: Uint32Array;
  readonly languages: Uint32Array;
  readonly programTypes: Uint32Array;
  readonly location: number;
  readonly department: number;
  readonly skillWords: Uint32Array;
  /** Interests and skills together: shared interests count either. */
  readonly topicWords: Uint32Array;
  readonly languageBases: Uint32Array;
  readonly country: number;
  readonly city: number;
  readonly timeZone: number;
  readonly capacity: number;
  readonly activeMentees: number;
  readonly availability: DirectoryEntry['availability'];
  readonly responsiveness: DirectoryEntry['responsiveness'];
}

export function toSlot(entry: DirectoryEntry, terms: DirectoryTerms): MentorSlot {
  const { location } = entry;
  return {
    id: entry.id,
    name: entry.name,
    text: foldText(mentorSearchText(entry)),
    skills: terms.skills.ids(entry.skills),
    languages: terms.languages.ids(entry.languages),
    programTypes: terms.programTypes.ids(entry.programTypes),
    location: terms.locations.id(location.city),
    department: terms.departments.id(entry.department),
    skillWords: terms.words.ids(entry.skills.map(normalise)),
    topicWords: terms.words.ids([...entry.interests, ...entry.skills].map(normalise)),
    languageBases: terms.words.ids(entry.languages.map(baseLanguage)),
    country: terms.words.id(normalise(location.country)),
    city: terms.words.id(normalise(location.city)),
    timeZone: terms.timeZones.id(location.timeZone),
    capacity: entry.capacity,
    activeMentees: entry.activeMentees,
    availability: entry.availability,
    responsiveness: entry.responsiveness,
  };
}
