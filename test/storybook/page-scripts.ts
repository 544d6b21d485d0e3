// Code the story test runs inside the Storybook preview, kept as text: tsx would add helpers to
// functions passed to page.evaluate() that the page does not have.

/** Resolves when the story's whole tree, shadow roots included, stayed the same for 150 ms (at most 5 s). */
export const SETTLE = `(async () => {
  const snapshot = (node) =>
    node instanceof Element
      ? '<' + node.localName + [...node.attributes].map((a) => ' ' + a.name + '=' + a.value).join('') + '>' +
        (node.shadowRoot ? snapshot(node.shadowRoot) : '') + [...node.childNodes].map(snapshot).join('')
      : node instanceof DocumentFragment
        ? [...node.childNodes].map(snapshot).join('')
        : node.textContent ?? '';
  const root = document.querySelector('#storybook-docs:not([hidden]) , #storybook-root');
  const deadline = performance.now() + 5000;
  let last = snapshot(root);
  while (performance.now() < deadline) {
    await new Promise((done) => setTimeout(done, 150));
    const now = snapshot(root);
    if (now === last) return;
    last = now;
  }
})()`;

/**
 * (event) => Promise<'shown' | what went wrong>: emits a Storybook channel event (as the sidebar
 * and toolbar do: setCurrentStory, updateGlobals) and waits for the story to render again.
 */
export const SWITCH = `(({ kind, payload }) => new Promise((resolve) => {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const outcomes = {
    storyRendered: () => 'shown',
    docsRendered: () => 'shown',
    storyErrored: (e) => 'error: ' + (e ? e.title + ' ' + e.description : ''),
    storyThrewException: (e) => 'exception: ' + (e ? e.message : ''),
    storyMissing: () => 'story missing',
  };
  const handlers = {};
  const finish = (result) => {
    clearTimeout(timer);
    for (const [name, handler] of Object.entries(handlers)) channel.off(name, handler);
    resolve(result);
  };
  const timer = setTimeout(() => finish('timeout: not rendered within 15 s'), 15000);
  for (const [name, outcome] of Object.entries(outcomes)) {
    handlers[name] = (arg) => finish(outcome(arg));
    channel.on(name, handlers[name]);
  }
  channel.emit(kind, payload);
}))`;

/** axe (WCAG 2.2 A/AA rules) on the story; its violations as readable lines. */
export const AXE_RUN = `axe
  .run('#storybook-root', {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    resultTypes: ['violations'],
  })
  .then((result) =>
    result.violations.map(
      (v) =>
        v.id + ' (' + v.impact + '): ' + v.help + '\\n      ' +
        v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' '))
          .join('\\n      '),
    ),
  )`;
