// Which modules the page has downloaded so far (resource timing), to check that a lazy part is
// fetched when it is needed and not before. Each test file runs in a fresh page.

// The test server serves every module on its own, so the default buffer (250 entries) is full
// before a test runs and later downloads would go unrecorded. Lazy parts load after this.
performance.clearResourceTimings();
performance.setResourceTimingBufferSize(100_000);
export function fetched(module: string): boolean {
  // Sources import `x.js`; the test server may serve it under that name or as `x.ts`.
  const base = module.replace(/\.[jt]s$/, '');
  return performance.getEntriesByType('resource').some((entry) => {
    const path = new URL(entry.name).pathname;
    return path.endsWith(`${base}.js`) || path.endsWith(`${base}.ts`);
  });
}
