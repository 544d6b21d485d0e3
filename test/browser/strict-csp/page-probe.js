// What a host page's owner would see in the browser console, recorded from the first moment:
// policy violations, console errors, uncaught errors and unhandled rejections, in
// window.pageProblems. The first script of lms-page/index.html, and the first import of
// all-widgets.test.ts.
window.pageProblems = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.pageProblems.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}` +
      (event.sample ? ` — ${event.sample}` : ''),
  );
});
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.pageProblems.push(args.map(String).join(' '));
  consoleError(...args);
};
window.addEventListener(
  'error',
  (event) => {
    // Not an error: the browser's notice that a ResizeObserver (the directory's virtualizer)
    // left resizes for the next frame: harmless, and the test runner's own page ignores it too.
    if (String(event.message).includes('ResizeObserver loop')) return;
    // A resource that failed to load (a lazy chunk, a catalogue) reaches window when capturing.
    const where = event.target && event.target !== window ? ` (${event.target.localName})` : '';
    window.pageProblems.push(`uncaught: ${event.message || 'failed to load'}${where}`);
  },
  true,
);
window.addEventListener('unhandledrejection', (event) =>
  window.pageProblems.push(`unhandled rejection: ${String(event.reason)}`),
);
