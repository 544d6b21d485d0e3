// Localization with @lit/localize in runtime mode: English is built in, other locales load on
// demand. The locale is page-wide (one `setLocale` for every widget on the page).
//
// Adding or changing strings (any widget):
//   1. Wrap user-visible text in `msg('...')` or `msg(str\`...${value}\`)`; decorate the element
//      with `@localized()` (MentorElement already is).
//   2. `npm run localize:extract`  -> updates xliff/es.xlf and xliff/ar.xlf with new <trans-unit>s.
//   3. Translate: add a <target> to each new <trans-unit> in both files.
//   4. `npm run localize:build`    -> regenerates src/core/generated/locales/*.ts (committed).
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type SupportedLocale = 'en' | 'es' | 'ar';
export const supportedLocales: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];

// Explicit imports (not a template string) so bundlers see and split each locale module.
const loaders = {
  es: () => import('./generated/locales/es.js'),
  ar: () => import('./generated/locales/ar.js'),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

/** Map any BCP 47 tag (`es-MX`, `AR`, `pt`) to a supported locale, English when unknown. */
export function toSupportedLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return supportedLocales.find((locale) => locale === language) ?? sourceLocale;
}

const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur']);

/** Text direction of a locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(locale.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}
