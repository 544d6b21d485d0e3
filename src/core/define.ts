// The one guarded registration every define module uses. A page may load the kit twice (two
// apps bundling their own copy, or a script tag plus a bundle): the first copy registers the
// tags, a later one registers nothing, never throws, and warns once naming both versions, so the
// page owner learns why their upgrade does not show.
import { kitVersion } from './generated/version.js';

/** Marks a class with the kit version that registered it; shared across copies via Symbol.for. */
const VERSION = Symbol.for('mentorkit.version');
type Registered = CustomElementConstructor & { [VERSION]?: string };

/** Versions of copies this copy has already warned about: one warning per copy, not per tag. */
const warned = new Set<string>();

/** `customElements.define(tag, element)` unless the tag is taken; a clash with another copy warns. */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  version: string = kitVersion,
): void {
  const existing = customElements.get(tag) as Registered | undefined;
  if (!existing) {
    (element as Registered)[VERSION] = version;
    customElements.define(tag, element);
    return;
  }
  if (existing === element || existing.prototype instanceof element) return;
  const other = existing[VERSION];
  if (warned.has(other ?? '')) return;
  warned.add(other ?? '');
  const owner =
    other === undefined
      ? 'another script (not mentorkit)'
      : other === version
        ? `another copy of mentorkit ${other}`
        : `mentorkit ${other}`;
  console.warn(
    `mentorkit ${version}: <${tag}> is already registered by ${owner}, so this page uses that ` +
      `copy's elements and this copy (${version}) registers none. Load mentorkit once per page ` +
      `(one bundle, or one script tag).`,
  );
}
