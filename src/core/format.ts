// Intl-based formatting. Every function takes the locale explicitly (widgets pass `this.locale`),
// so the same value reads naturally in English, Spanish and Arabic.
// The few with words around the value (`formatLocalTime`, `formatReplyTime`) take those words
// from the page-wide lit-localize locale, which <mentor-program> keeps equal to `this.locale`.
import { msg, str } from '@lit/localize';
import { intlFormatter } from '../contract/intl-cache.js';

type DateInput = Date | string | number;

const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

/** A calendar date, e.g. "12 Mar 2026" / "12 mar 2026". `options` override the default style. */
export function formatDate(
  value: DateInput,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return intlFormatter(Intl.DateTimeFormat, locale, options).format(toDate(value));
}

/**
 * A date-only value (`2026-03-28`) as the same calendar day everywhere: it is read and written in
 * UTC, so a viewer west of UTC never sees the day before.
 */
export function formatCalendarDate(
  isoDate: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  return intlFormatter(Intl.DateTimeFormat, locale, { ...options, timeZone: 'UTC' }).format(date);
}

/** A date and time, e.g. "12 Mar 2026, 14:05". */
export function formatDateTime(value: DateInput, locale: string, timeZone?: string): string {
  return intlFormatter(Intl.DateTimeFormat, locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(toDate(value));
}

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** Time from `now` to `value` in the largest fitting unit: "in 2 days", "3 hours ago", "tomorrow". */
export function formatRelativeTime(
  value: DateInput,
  locale: string,
  now: DateInput = Date.now(),
): string {
  const seconds = (toDate(value).getTime() - toDate(now).getTime()) / 1000;
  const [unit, size] =
    relativeUnits.find(([, unitSeconds]) => Math.abs(seconds) >= unitSeconds) ?? relativeUnits[6]!;
  return intlFormatter(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }).format(
    Math.round(seconds / size),
    unit,
  );
}

export function formatNumber(
  value: number,
  locale: string,
  options?: Intl.NumberFormatOptions,
): string {
  return intlFormatter(Intl.NumberFormat, locale, options).format(value);
}

/** A share between 0 and 1 as a percentage: 0.42 -> "42%" ("42 %" in Spanish, "٤٢٪" in Arabic). */
export function formatPercent(share: number, locale: string, maximumFractionDigits = 0): string {
  return intlFormatter(Intl.NumberFormat, locale, {
    style: 'percent',
    maximumFractionDigits,
  }).format(share);
}

/** "Go, Rust and TypeScript" / "Go, Rust y TypeScript"; `type: 'disjunction'` for "or". */
export function formatList(
  items: readonly string[],
  locale: string,
  type: Intl.ListFormatType = 'conjunction',
): string {
  return intlFormatter(Intl.ListFormat, locale, { style: 'long', type }).format(items);
}

/** The time now in another time zone: "14:05 local time". */
export function formatLocalTime(
  timeZone: string,
  locale: string,
  now: DateInput = Date.now(),
): string {
  const time = intlFormatter(Intl.DateTimeFormat, locale, { timeStyle: 'short', timeZone }).format(
    toDate(now),
  );
  return msg(str`${time} local time`);
}

/** A span of hours in words, rounded to the unit a person would use: "5 hours", "2 days", "3 weeks". */
export function formatDuration(hours: number, locale: string): string {
  const [unit, value] =
    hours < 1
      ? (['minute', Math.max(1, Math.round(hours * 60))] as const)
      : hours < 24
        ? (['hour', Math.round(hours)] as const)
        : hours < 24 * 14
          ? (['day', Math.round(hours / 24)] as const)
          : (['week', Math.round(hours / (24 * 7))] as const);
  return intlFormatter(Intl.NumberFormat, locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
}

/** How fast someone answers: "usually replies within 2 days". */
export function formatReplyTime(hours: number, locale: string): string {
  const duration = formatDuration(hours, locale);
  return msg(str`usually replies within ${duration}`);
}
