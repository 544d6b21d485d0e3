// Types of find-browser.mjs (plain JS, because web-test-runner.config.mjs loads it without tsx).
export type BrowserKind = 'chromium' | 'firefox';
export interface LookupHost {
  platform?: string;
  env?: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
}
export type LookupResult = { path: string; hint?: undefined } | { path?: undefined; hint: string };
export function browserCandidates(kind: BrowserKind, host?: LookupHost): string[];
export function findBrowser(kind: BrowserKind, host?: LookupHost): LookupResult;
export function requireBrowser(kind: BrowserKind): string;
