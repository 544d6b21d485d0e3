// Looking at a widget as a person sees it: elements in its shadow root, and visible text through
// nested shadow roots. Shared by every widget's tests.

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
