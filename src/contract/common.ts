// Building blocks shared by every contract schema. Browser code imports zod/mini to stay small;
// the server uses these very same schemas, so both sides agree on every limit.
import * as z from 'zod/mini';

/** Opaque identifier: letters, digits, `-` and `_`, at most 64 characters. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

// Text the database can store and a person can read: no NUL or other control character (tab and
// line breaks only in multi-line text; PostgreSQL refuses NUL in text and JSON) and no lone UTF-16
// surrogate (storage would silently turn it into U+FFFD).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SINGLE_LINE = /^[^\u0000-\u001F\u007F-\u009F]*$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MULTI_LINE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const singleLine = z.regex(SINGLE_LINE, {
  error: 'Use one line of plain text, without control characters.',
});
const multiLine = z.regex(MULTI_LINE, {
  error: 'Use plain text: no control characters other than tabs and line breaks.',
});
const wellFormed = z.refine<string>((text) => !LONE_SURROGATE.test(text), {
  error: 'Contains a broken character (a lone UTF-16 surrogate).',
});

export interface TextOptions {
  min?: number;
  max: number;
  /** Tabs and line breaks allowed (default: one line). */
  multiLine?: boolean;
  /** Leading and trailing white space removed before the length check (default true). */
  trim?: boolean;
}

/** Any text field of the contract. */
export const Text = ({ min = 0, max, multiLine: lines = false, trim = true }: TextOptions) =>
  z
    .string()
    .check(
      ...(trim ? [z.trim()] : []),
      ...(min > 0 ? [z.minLength(min)] : []),
      z.maxLength(max),
      lines ? multiLine : singleLine,
      wellFormed,
    );

/** A short single-line text such as a name or a title (trimmed, not empty). */
export const ShortText = (max = 120) => Text({ min: 1, max });

/** Free text that may be empty, such as a note (kept as typed: not trimmed). */
export const LongText = (max = 4000) => Text({ max, multiLine: true, trim: false });

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
/** PostgreSQL `integer` columns hold it: at most 2,147,483,647. */
export const Version = z.int().check(z.gte(1), z.lte(2_147_483_647));

/** 0-100 in steps of 0.01: what the database's column holds exactly (1e-46 would underflow). */
export const Percent = z.number().check(
  z.gte(0),
  z.lte(100),
  z.multipleOf(0.01),
  // multipleOf alone lets 1e-46 through (it rounds); the database would not.
  z.refine<number>((value) => Math.round(value * 100) / 100 === value, {
    error: 'Use at most two decimals.',
  }),
);

/** A cursor-paginated page of items. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string().check(z.maxLength(512))),
  });

export type Page<T> = { items: T[]; nextCursor: string | null };
