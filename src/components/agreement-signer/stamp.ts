// Dates and times on a legal record always say their time zone (the reader's, named).
export function formatStamp(value: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
  }).format(new Date(value));
}
