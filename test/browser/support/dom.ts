// Look at a widget the way a person looks at the screen: visible text through nested shadow
// roots, buttons by their names.

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Visible text with whitespace collapsed, through nested shadow roots. */
export function textOf(node: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current instanceof Element && current.shadowRoot) walk(current.shadowRoot);
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** A button inside `root`'s shadow root whose visible text (or aria-label) contains `name`. */
export function button(root: Element, name: string | RegExp): HTMLButtonElement {
  const match = (text: string) =>
    typeof name === 'string' ? text.includes(name) : name.test(text);
  const found = [...root.shadowRoot!.querySelectorAll('button')].find((candidate) =>
    match(candidate.getAttribute('aria-label') ?? textOf(candidate)),
  );
  if (!found) throw new Error(`No button "${name}" in <${root.localName}>`);
  return found;
}
