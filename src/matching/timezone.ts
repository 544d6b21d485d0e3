// Working-hours overlap between time zones, from Intl (no tz database of our own).

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone, its offset in the hour last asked for (a search asks for one hour only). */
const offsets = new Map<string, { hour: number; offset: number }>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** UTC offset in hours of `timeZone` at `at` (DST-aware), e.g. 5.5 for Asia/Kolkata. 0 if unknown. */
export function utcOffsetHours(timeZone: string, at: Date): number {
  // Offsets change at most hourly; caching per zone and hour keeps scoring 100k mentors cheap
  // (keyed by zone alone: no string to build per call, as a page of cards makes dozens).
  const hour = Math.floor(at.getTime() / 3_600_000);
  const cached = offsets.get(timeZone);
  if (cached?.hour === hour) return cached.offset;
  let offset = 0;
  try {
    const name = formatterFor(timeZone)
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name ?? '');
    if (match)
      offset = (match[1] === '-' ? -1 : 1) * (Number(match[2]) + Number(match[3] ?? 0) / 60);
  } catch {
    offset = 0; // unknown zone: treat as UTC rather than failing a whole search
  }
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(timeZone, { hour, offset });
  return offset;
}

/** Working day assumed for overlap: 09:00-17:00 local time. */
export const WORKDAY_HOURS = 8;

/** Hours both people are inside their 09:00-17:00 working day (0-8). */
export function sharedWorkingHours(zoneA: string, zoneB: string, at: Date): number {
  const raw = Math.abs(utcOffsetHours(zoneA, at) - utcOffsetHours(zoneB, at));
  const difference = Math.min(raw, 24 - raw);
  return Math.max(0, WORKDAY_HOURS - difference);
}
