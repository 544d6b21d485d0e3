// The directory page as JSON text, byte for byte what JSON.stringify gives, with each mentor's
// profile (most of a card's bytes, the same for every viewer) encoded once per mentor version.
import type { MentorPage } from '../../src/contract/index.js';

/**
 * JSON text kept per object: profiles are kept per row version (mentors.ts), facet counts per
 * filter combination until they change (DirectoryIndex's `facets`); neither changes in place.
 */
const encoded = new WeakMap<object, string>();

function keptJson(value: object): string {
  let json = encoded.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    encoded.set(value, json);
  }
  return json;
}

/** `{"key":text,` + the rest of `others` (JSON.stringify drops the undefined key it replaces). */
function withFirst(key: string, text: string, others: string): string {
  const rest = others === '{}' ? '}' : `,${others.slice(1)}`;
  return `{${JSON.stringify(key)}:${text}${rest}`;
}

/** `page.facets` must be the index's kept counts (never changed, so their text is kept). */
export function mentorPageJson(page: MentorPage): string {
  const items = page.items.map((card) =>
    withFirst('mentor', keptJson(card.mentor), JSON.stringify({ ...card, mentor: undefined })),
  );
  const { nextCursor, total, facets } = page;
  // The page's other keys in their order; facets last, as JSON.stringify(page) puts them.
  const rest = JSON.stringify({ nextCursor, total }).slice(0, -1);
  const tail = `${rest},"facets":${keptJson(facets)}}`;
  return withFirst('items', `[${items.join(',')}]`, tail);
}
