// The demo page as the server sends it in demo mode: the person switcher and the tour are in the
// HTML (part of the first paint, nothing inserted above the header or the widgets later), for the
// person the page is viewed as.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERSONAS } from '../../src/fixtures/index.js';
import type { RunningServer } from '../../server/index.js';
import { startDemoServer, startTestServer, type TestServer } from './support/test-server.js';

describe('demo page switcher', () => {
  let t: TestServer;
  let demo: RunningServer;
  let staticDir: string;
  before(async () => {
    t = await startTestServer('pglite');
    staticDir = await mkdtemp(join(tmpdir(), 'mentorkit-static-'));
    await writeFile(
      join(staticDir, 'index.html'),
      [
        '<!doctype html><html><head><title>Demo</title></head><body class="intranet"><header>Northwind</header>',
        '<p class="demo-notice" role="note" data-demo-notice="memory">In this tab.</p>',
        '<p class="demo-notice" role="note" data-demo-notice="server" hidden>On the server.</p>',
        '<section class="demo-tour panel" aria-labelledby="tour-title" hidden><ol>',
        `<li data-people="${PERSONAS.mentee}" data-target="#find-mentor">Find a mentor.</li>`,
        `<li data-people="${PERSONAS.mentor}" data-target="#inbox-section">Accept it.\n</li>`,
        '</ol></section></body></html>',
      ].join('\n'),
    );
    demo = await startDemoServer(t, staticDir);
  });
  after(async () => {
    await demo?.close();
    await t?.close();
    if (staticDir) await rm(staticDir, { recursive: true, force: true });
  });

  const selected = (html: string) =>
    /<option value="([^"]+)" selected>/.exec(html)?.[1] ?? 'none selected';

  it('comes in the page, first in the body, as the main mentee on a first visit', async () => {
    const response = await fetch(`${demo.url}/`);
    const html = await response.text();
    assert.match(html, /<body class="intranet">\s*<div class="mentorkit-demo-switcher"/);
    assert.ok(html.indexOf('mentorkit-demo-switcher') < html.indexOf('<header>'));
    assert.match(html, /<label for="mentorkit-demo-person">.*Viewing the program as/);
    assert.equal(selected(html), PERSONAS.mentee);
    assert.match(response.headers.get('set-cookie') ?? '', /mentorkit_demo_person=/);
    // Every persona is offered, by name, with title and roles.
    const options = html.match(/<option /g) ?? [];
    assert.equal(options.length, Object.keys(PERSONAS).length);
  });

  it('shows the person the demo cookie names', async () => {
    const html = await (
      await fetch(`${demo.url}/`, {
        headers: { cookie: `mentorkit_demo_person=${PERSONAS.admin}` },
      })
    ).text();
    assert.equal(selected(html), PERSONAS.admin);
  });

  it('shows the tour with each step’s action for the person viewing, and the server’s notice', async () => {
    const html = await (await fetch(`${demo.url}/`)).text();
    assert.match(html, /<section class="demo-tour panel" aria-labelledby="tour-title"><ol>/);
    // Ana's own step links to its place; Kwame's offers to switch to him.
    assert.match(
      html,
      /<li class="is-you" data-people="[^"]+" data-target="#find-mentor">Find a mentor\. <a class="tour-action" href="#find-mentor">Go to this step<\/a><\/li>/,
    );
    assert.match(
      html,
      new RegExp(
        `data-target="#inbox-section">Accept it\\. <button type="button" class="tour-action" data-person="${PERSONAS.mentor}">Switch to Kwame Mensah</button></li>`,
      ),
    );
    assert.match(html, /data-demo-notice="memory" hidden>/);
    assert.match(html, /data-demo-notice="server">On the server/);
  });

  it('is left out when demo mode is off', async () => {
    const server = await startDemoServer(t, staticDir, false);
    try {
      const html = await (await fetch(`${server.url}/`)).text();
      assert.doesNotMatch(html, /mentorkit-demo-switcher/);
      assert.match(html, /class="demo-tour panel" aria-labelledby="tour-title" hidden>/);
    } finally {
      await server.close();
    }
  });
});
