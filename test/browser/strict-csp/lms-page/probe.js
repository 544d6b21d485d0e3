// First script of the LMS page: records what the page's owner would see in the console (policy
// violations, console errors, uncaught errors) for the test in ../built-bundle.test.ts.
window.pageProblems = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.pageProblems.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
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
    window.pageProblems.push(`uncaught: ${event.message || 'a resource failed to load'}`);
  },
  true,
);
window.addEventListener('unhandledrejection', (event) =>
  window.pageProblems.push(`unhandled rejection: ${String(event.reason)}`),
);
