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

/** Every element matching `selector` in `root` and the shadow roots below it. */
export function deepAll<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T[] {
  const found: T[] = [];
  const walk = (node: Element | ShadowRoot) => {
    found.push(...node.querySelectorAll<T>(selector));
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

export function deep<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T {
  const found = deepAll<T>(root, selector)[0];
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? textOf(el)).trim();

/** A button (or link) whose name contains `name`, anywhere below `root`. */
export function deepButton(root: Element, name: string | RegExp): HTMLElement {
  const match = (text: string) =>
    typeof name === 'string' ? text.includes(name) : name.test(text);
  const found = deepAll(root, 'button, a').find((candidate) => match(nameOf(candidate)));
  if (!found) throw new Error(`No button "${String(name)}" below <${root.localName}>`);
  return found;
}

/** The form control labelled `label` (by <label for>, a wrapping <label> or a legend). */
export function field<T extends HTMLElement = HTMLInputElement>(
  root: Element,
  label: string | RegExp,
): T {
  const match = (text: string) =>
    typeof label === 'string' ? text.includes(label) : label.test(text);
  for (const control of deepAll<HTMLInputElement>(root, 'input, textarea, select')) {
    const labels = [...(control.labels ?? [])].map((l) => textOf(l));
    if (labels.some(match)) return control as unknown as T;
  }
  throw new Error(`No field "${String(label)}" below <${root.localName}>`);
}

/** Types into a field the way a person does: value, then input and change events. */
export function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The element that has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
