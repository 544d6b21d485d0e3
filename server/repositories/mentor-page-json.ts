// The directory page as JSON text, byte for byte what JSON.stringify gives, with each mentor's
// profile (most of a card's bytes, the same for every viewer) encoded once per mentor version.
import type { MentorPage, MentorProfile } from '../../src/contract/index.js';

/** Kept per profile object: the server's profiles are kept per row version (mentors.ts). */
const encoded = new WeakMap<MentorProfile, string>();

function profileJson(profile: MentorProfile): string {
  let json = encoded.get(profile);
  if (json === undefined) {
    json = JSON.stringify(profile);
    encoded.set(profile, json);
  }
  return json;
}

/** `{"key":text,` + the rest of `others` (JSON.stringify drops the undefined key it replaces). */
function withFirst(key: string, text: string, others: string): string {
  const rest = others === '{}' ? '}' : `,${others.slice(1)}`;
  return `{${JSON.stringify(key)}:${text}${rest}`;
}

export function mentorPageJson(page: MentorPage): string {
  const items = page.items.map((card) =>
    withFirst('mentor', profileJson(card.mentor), JSON.stringify({ ...card, mentor: undefined })),
  );
  return withFirst('items', `[${items.join(',')}]`, JSON.stringify({ ...page, items: undefined }));
}
