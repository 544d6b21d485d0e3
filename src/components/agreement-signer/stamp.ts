// Dates and times on a legal record always say their time zone (the reader's, named).
import { intlFormatter } from '../../contract/intl-cache.js';

export function formatStamp(value: string | Date, locale: string): string {
  return intlFormatter(Intl.DateTimeFormat, locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
  }).format(new Date(value));
}
