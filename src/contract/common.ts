// Building blocks shared by every contract schema. Browser code imports zod/mini to stay small;
// the server uses these very same schemas, so both sides agree on every limit.
import * as z from 'zod/mini';

/** Opaque identifier: letters, digits, `-` and `_`, at most 64 characters. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

/** A short single-line text such as a name or a title. */
export const ShortText = (max = 120) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Free text that may be empty, such as a note. */
export const LongText = (max = 4000) => z.string().check(z.maxLength(max));

/** A date-time in ISO 8601 with an offset, e.g. `2026-11-25T09:00:00Z`. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A calendar date, e.g. `2026-12-31`. */
export const IsoDate = z.iso.date();

/** An IANA time zone name, e.g. `Europe/Madrid`. */
export const TimeZone = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z_+\-/0-9]+$/));

/** A BCP 47 language tag, e.g. `es` or `pt-BR`. */
export const LanguageTag = z
  .string()
  .check(z.minLength(2), z.maxLength(16), z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/** A short label such as a skill or interest ("negotiation"). */
export const Tag = ShortText(60);

/** Entity version for optimistic concurrency (`ETag` / `If-Match`). */
export const Version = z.int().check(z.gte(1));

export const Percent = z.number().check(z.gte(0), z.lte(100));

/** A cursor-paginated page of items. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string().check(z.maxLength(512))),
  });

export type Page<T> = { items: T[]; nextCursor: string | null };
