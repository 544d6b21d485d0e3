// Finds an installed browser for the browser tests on Linux, macOS and Windows: the env variable
// first (CHROME_PATH / FIREFOX_PATH), then the places installers put Chrome, Chromium and Edge
// (the lists chrome-launcher searches) or Firefox, then the names on PATH. When nothing is
// found, `hint` is one line that says how to get a browser on that OS.
// Everything the lookup touches is injectable, so test/unit/find-browser.test.ts can pretend
// to be another OS.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** @typedef {'chromium' | 'firefox'} BrowserKind */
/**
 * @typedef {object} LookupHost
 * @property {string} [platform] process.platform of the machine
 * @property {Record<string, string | undefined>} [env] its environment
 * @property {(file: string) => boolean} [exists] whether a file exists
 */

const KINDS = {
  chromium: {
    variable: 'CHROME_PATH',
    label: 'Chrome, Chromium or Edge',
    linux: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/microsoft-edge',
      '/usr/bin/microsoft-edge-stable',
      '/snap/bin/chromium',
      '/opt/google/chrome/chrome',
    ],
    linuxNames: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    macApps: [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ],
    windows: [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
      'Google\\Chrome SxS\\Application\\chrome.exe',
    ],
    install: {
      linux:
        'install one (Debian/Ubuntu: `sudo apt-get install -y chromium`, Fedora: `sudo dnf install chromium`)',
      darwin:
        'install one (`brew install --cask google-chrome`, or https://www.google.com/chrome/)',
      win32: 'install one (`winget install Google.Chrome`; Edge is usually already there)',
    },
  },
  firefox: {
    variable: 'FIREFOX_PATH',
    label: 'Firefox',
    linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
    linuxNames: ['firefox-esr', 'firefox'],
    macApps: ['Firefox.app/Contents/MacOS/firefox'],
    windows: ['Mozilla Firefox\\firefox.exe'],
    install: {
      linux:
        'install it (Debian: `sudo apt-get install -y firefox-esr`, Fedora: `sudo dnf install firefox`)',
      darwin: 'install it (`brew install --cask firefox`, or https://www.mozilla.org/firefox/)',
      win32: 'install it (`winget install Mozilla.Firefox`)',
    },
  },
};

/** Every path worth trying on that OS, best first. */
export function browserCandidates(kind, { platform = process.platform, env = process.env } = {}) {
  const browser = KINDS[kind];
  const own = env[browser.variable] ? [env[browser.variable]] : [];
  if (platform === 'darwin') {
    const home = env.HOME;
    const folders = ['/Applications', ...(home ? [path.posix.join(home, 'Applications')] : [])];
    return [
      ...own,
      ...folders.flatMap((folder) => browser.macApps.map((app) => path.posix.join(folder, app))),
    ];
  }
  if (platform === 'win32') {
    const roots = ['LOCALAPPDATA', 'PROGRAMFILES', 'PROGRAMFILES(X86)', 'ProgramW6432']
      .map((name) => env[name])
      .filter((root, index, all) => root && all.indexOf(root) === index);
    return [
      ...own,
      ...roots.flatMap((root) => browser.windows.map((file) => path.win32.join(root, file))),
    ];
  }
  const onPath = (env.PATH ?? '')
    .split(path.posix.delimiter)
    .filter(Boolean)
    .flatMap((folder) => browser.linuxNames.map((name) => path.posix.join(folder, name)));
  return [...own, ...browser.linux, ...onPath];
}

/**
 * The first installed browser of that kind, or a one-line hint: `{ path }` or `{ hint }`.
 * @param {BrowserKind} kind
 * @param {LookupHost} [host]
 */
export function findBrowser(kind, host = {}) {
  const { platform = process.platform, env = process.env, exists = existsSync } = host;
  const browser = KINDS[kind];
  const own = env[browser.variable];
  if (own && !exists(own))
    return { hint: `${browser.variable} is set to ${own}, which does not exist: fix or unset it.` };
  const found = browserCandidates(kind, { platform, env }).find((file) => exists(file));
  if (found) return { path: found };
  const install = browser.install[platform] ?? browser.install.linux;
  return {
    hint: `No ${browser.label} found: ${install}, or set ${browser.variable} to its executable.`,
  };
}

/** The browser's path, or the hint printed on one line and exit 1 (for configs and scripts). */
export function requireBrowser(kind) {
  const { path: found, hint } = findBrowser(kind);
  if (found) return found;
  console.error(hint);
  process.exit(1);
}
