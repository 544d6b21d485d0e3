// What a host page's owner would see in the browser console, recorded from the first moment:
// imported before anything else by the strict-CSP test, so it hears every policy violation,
// console error, uncaught error and unhandled rejection the widgets cause.
export interface PageProblems {
  violations: string[];
  consoleErrors: string[];
}

export const problems: PageProblems = { violations: [], consoleErrors: [] };

document.addEventListener('securitypolicyviolation', (event) => {
  problems.violations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}` +
      (event.sample ? ` — ${event.sample}` : ''),
  );
});

const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  problems.consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
window.addEventListener(
  'error',
  (event) => {
    // A resource that failed to load (a lazy chunk, a catalogue) reaches window in the capture phase.
    const target = event.target as Element | null;
    const where = target && target !== (window as unknown) ? ` (${target.localName})` : '';
    problems.consoleErrors.push(`uncaught: ${event.message ?? 'load failed'}${where}`);
  },
  true,
);
window.addEventListener('unhandledrejection', (event) =>
  problems.consoleErrors.push(`unhandled rejection: ${String(event.reason)}`),
);

/** Forgets what was recorded (after the deliberate violations of the policy's own check). */
export function clearProblems(): void {
  problems.violations.length = 0;
  problems.consoleErrors.length = 0;
}

/** Lets queued violation reports (they are dispatched as tasks) arrive. */
export const reportsDelivered = () => new Promise((resolve) => setTimeout(resolve, 50));
