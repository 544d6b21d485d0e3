// Reading a widget the way a person sees it, through nested shadow roots.

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
