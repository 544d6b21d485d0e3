// The directory page as UTF-8 JSON, byte for byte what JSON.stringify gives. Most of a page's
// bytes are the mentors' profiles and the facet counts, the same for every viewer: they are
// encoded once per version and kept as bytes. The viewer's part of each card (score, reasons,
// whether they can ask) is written by hand, which costs a fraction of JSON.stringify on a copy.
import type { Conflict, MatchReason, MentorCard, MentorPage } from '../../src/contract/index.js';

/**
 * Bytes kept per object: profiles are kept per row version (mentors.ts), facet counts per filter
 * combination until they change (DirectoryIndex's `facets`); neither changes in place.
 */
const encoded = new WeakMap<object, Buffer>();

function keptBytes(value: object): Buffer {
  let bytes = encoded.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(value));
    encoded.set(value, bytes);
  }
  return bytes;
}

/** Quoted strings (skills, languages, places a reason names): the same few words again and again. */
const quotedWords = new Map<string, string>();
const MAX_QUOTED_WORDS = 20_000;

function quoted(text: string): string {
  let json = quotedWords.get(text);
  if (json === undefined) {
    if (quotedWords.size >= MAX_QUOTED_WORDS) quotedWords.clear();
    json = JSON.stringify(text);
    quotedWords.set(text, json);
  }
  return json;
}

/** A number as JSON writes it (non-finite ones become null). */
const number = (value: number): string => (Number.isFinite(value) ? String(value) : 'null');

function reasonJson({ kind, points, matched, value, total }: MatchReason): string {
  let json = `{"kind":${quoted(kind)},"points":${number(points)},"matched":[`;
  for (let i = 0; i < matched.length; i++) json += (i ? ',' : '') + quoted(matched[i]!);
  json += ']';
  if (value !== undefined) json += `,"value":${number(value)}`;
  if (total !== undefined) json += `,"total":${number(total)}`;
  return `${json}}`;
}

const conflictJson = ({ kind, severity }: Conflict): string =>
  `{"kind":${quoted(kind)},"severity":${quoted(severity)}}`;

/** The card after its profile: `,"match":{...},...}`, keys in the contract's order. */
function cardRestJson({ match, openSpots, requestable, notRequestableReason }: MentorCard): string {
  const reasons = match.reasons.map(reasonJson).join(',');
  const conflicts = match.conflicts.map(conflictJson).join(',');
  const reason = notRequestableReason === null ? 'null' : quoted(notRequestableReason);
  return (
    `,"match":{"score":${number(match.score)},"reasons":[${reasons}],"conflicts":[${conflicts}]}` +
    `,"openSpots":${number(openSpots)},"requestable":${requestable},"notRequestableReason":${reason}}`
  );
}

/** `page.facets` must be the index's kept counts (never changed, so their bytes are kept). */
export function mentorPageJson(page: MentorPage): Buffer<ArrayBuffer> {
  const { items, nextCursor, total, facets } = page;
  // Kept bytes, and the text between them, in the order JSON.stringify(page) writes the keys.
  const pieces: Buffer[] = [];
  let text = '{"items":[';
  items.forEach((card, at) => {
    pieces.push(Buffer.from(`${text}${at ? ',' : ''}{"mentor":`), keptBytes(card.mentor));
    text = cardRestJson(card);
  });
  const cursor = nextCursor === null ? 'null' : JSON.stringify(nextCursor);
  pieces.push(
    Buffer.from(`${text}],"nextCursor":${cursor},"total":${number(total)},"facets":`),
    keptBytes(facets),
    Buffer.from('}'),
  );
  return Buffer.concat(pieces);
}
