// Plain English sentences for reasons (server logs, reports, API consumers without i18n).
// Widgets render their own localized sentences from the same structured reason.
import type { MatchReason } from '../contract/index.js';

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });
const languageNames = new Intl.DisplayNames('en', { type: 'language' });
const list = (items: readonly string[]) => listFormat.format(items);

export function explainReason(reason: MatchReason): string {
  switch (reason.kind) {
    case 'skills':
      return `Teaches ${reason.value} of the ${reason.total} skills you want: ${list(reason.matched)}`;
    case 'interests':
      return `Shares your interest in ${list(reason.matched)}`;
    case 'languages':
      return `You both speak ${list(reason.matched.map((tag) => languageNames.of(tag) ?? tag))}`;
    case 'timezone':
      return `${reason.value} hours of shared working time`;
    case 'location':
      return `Also based in ${reason.matched[0]}`;
    case 'responsiveness': {
      const days = Math.ceil((reason.value ?? 0) / 24);
      return days <= 1 ? 'Usually replies within a day' : `Usually replies within ${days} days`;
    }
    case 'capacity':
      return `Has ${reason.value} open spot${reason.value === 1 ? '' : 's'}`;
  }
}
