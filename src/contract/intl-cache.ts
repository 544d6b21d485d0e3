// Intl formatters are costly to build (a locale lookup each) and cards, goals and requests format
// dozens of values per render: one formatter per constructor, locale and options, kept for the page.
// Shared by the widgets (src/core/format.ts) and the contract's own date rules.
type IntlConstructor<T, O> = new (locales: string | undefined, options: O) => T;

const cache = new Map<string, unknown>();

/** The same formatter as `new Ctor(locale, options)`, built once. */
export function intlFormatter<T, O>(
  Ctor: IntlConstructor<T, O>,
  locale: string | undefined,
  options: O,
): T {
  const key = `${Ctor.name}|${locale ?? ''}|${JSON.stringify(options) ?? ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    // Build first: an invalid locale or option throws, and nothing is cached for it.
    formatter = new Ctor(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}
