// A test-runner command that sets the browser page's time zone (puppeteer's emulation: CDP in
// Chromium, WebDriver BiDi in Firefox), so tests can check dates as a person west or east of UTC
// sees them. In a test:
//   await executeServerCommand('set-time-zone', 'America/Los_Angeles');  // null restores
export function timeZonePlugin() {
  return {
    name: 'set-time-zone-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-time-zone') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`set-time-zone needs a puppeteer launcher, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(typeof payload === 'string' ? payload : undefined);
      return true;
    },
  };
}
