// The browser lookup of the test runners, as it behaves on each OS (platform, environment and
// installed files injected, so this runs the same on any machine).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findBrowser } from '../../scripts/find-browser.mjs';

const installed =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('browser lookup for the browser tests', () => {
  it('takes CHROME_PATH before any installed browser', () => {
    const found = findBrowser('chromium', {
      platform: 'linux',
      env: { CHROME_PATH: '/home/ana/chrome/chrome' },
      exists: installed('/home/ana/chrome/chrome', '/usr/bin/chromium'),
    });
    assert.deepEqual(found, { path: '/home/ana/chrome/chrome' });
  });

  it('says so when CHROME_PATH names a missing file instead of silently using another', () => {
    const found = findBrowser('chromium', {
      platform: 'linux',
      env: { CHROME_PATH: '/opt/gone/chrome' },
      exists: installed('/usr/bin/chromium'),
    });
    assert.match(
      found.hint ?? '',
      /CHROME_PATH is set to \/opt\/gone\/chrome, which does not exist/,
    );
  });

  it('finds Debian Chromium, Google Chrome or a Chromium on PATH on Linux', () => {
    assert.deepEqual(
      findBrowser('chromium', {
        platform: 'linux',
        env: {},
        exists: installed('/usr/bin/google-chrome-stable'),
      }),
      { path: '/usr/bin/google-chrome-stable' },
    );
    assert.deepEqual(
      findBrowser('chromium', {
        platform: 'linux',
        env: { PATH: '/usr/local/bin:/home/ana/bin' },
        exists: installed('/home/ana/bin/chromium'),
      }),
      { path: '/home/ana/bin/chromium' },
    );
  });

  it('finds Chrome, then Chromium or Edge in /Applications or ~/Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const edge = '/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    const env = { HOME: '/Users/ana' };
    assert.deepEqual(
      findBrowser('chromium', { platform: 'darwin', env, exists: installed(edge, chrome) }),
      {
        path: chrome,
      },
    );
    assert.deepEqual(
      findBrowser('chromium', { platform: 'darwin', env, exists: installed(edge) }),
      {
        path: edge,
      },
    );
  });

  it('finds Chrome per user or Edge in Program Files on Windows', () => {
    const env = {
      LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    const perUser = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    assert.deepEqual(
      findBrowser('chromium', { platform: 'win32', env, exists: installed(edge, perUser) }),
      {
        path: perUser,
      },
    );
    assert.deepEqual(findBrowser('chromium', { platform: 'win32', env, exists: installed(edge) }), {
      path: edge,
    });
  });

  it('finds Firefox ESR on Debian and Firefox on macOS and Windows', () => {
    assert.deepEqual(
      findBrowser('firefox', {
        platform: 'linux',
        env: {},
        exists: installed('/usr/bin/firefox-esr'),
      }),
      { path: '/usr/bin/firefox-esr' },
    );
    const mac = '/Applications/Firefox.app/Contents/MacOS/firefox';
    assert.deepEqual(
      findBrowser('firefox', { platform: 'darwin', env: {}, exists: installed(mac) }),
      {
        path: mac,
      },
    );
    const win = 'C:\\Program Files\\Mozilla Firefox\\firefox.exe';
    assert.deepEqual(
      findBrowser('firefox', {
        platform: 'win32',
        env: { PROGRAMFILES: 'C:\\Program Files' },
        exists: installed(win),
      }),
      { path: win },
    );
  });

  it('says in one line how to get a browser on each OS when none is installed', () => {
    const none = () => false;
    const hint = (platform: string) =>
      findBrowser('chromium', { platform, env: {}, exists: none }).hint ?? '';
    const hints = { linux: hint('linux'), darwin: hint('darwin'), win32: hint('win32') };
    assert.match(hints.linux, /apt-get install -y chromium/);
    assert.match(hints.darwin, /brew install --cask google-chrome/);
    assert.match(hints.win32, /winget install Google\.Chrome/);
    for (const hint of Object.values(hints)) {
      assert.match(hint, /^No Chrome, Chromium or Edge found: .*set CHROME_PATH/);
      assert.doesNotMatch(hint, /\n/);
    }
    assert.match(
      findBrowser('firefox', { platform: 'linux', env: {}, exists: none }).hint ?? '',
      /firefox-esr/,
    );
  });
});
