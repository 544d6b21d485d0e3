// Two partners sign their agreement for real: the demo page built and served by the reference
// server, Ana and Priya in two browser contexts (each with their own sign-in). Both sign; a later
// edit voids both; the audit trail shown is the server's; the certificate prints to a PDF that
// holds the signatures, the hash and the events as text; ending frees Priya's spot.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { FIXTURE_IDS, PERSONAS } from '../../src/fixtures/index.js';
import { DEMO_COOKIE } from '../../server/auth/index.js';
import type { RunningServer } from '../../server/index.js';
import { chromePath, startDemoServer, type DemoServer } from './support/demo-server.js';
import type { TestServer } from './support/test-server.js';

const ANA = PERSONAS.mentee;
const PRIYA = PERSONAS.partnerMentor;
const AGREEMENT = FIXTURE_IDS.agreementAwaitingSignature;

describe(
  'agreement journey: two partners, two browsers, the reference server',
  { skip: chromePath ? false : 'no Chromium (set CHROME_PATH)' },
  () => {
    let t: TestServer;
    let demo: RunningServer;
    let served: DemoServer | undefined;
    let browser: Browser;
    const pages: Record<string, Page> = {};

    async function open(person: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      await context.addCookies([{ name: DEMO_COOKIE, value: person, url: demo.url }]);
      const page = await context.newPage();
      page.on('pageerror', (error) => assert.fail(`script error for ${person}: ${error.message}`));
      await page.goto(`${demo.url}/?mentorship=${FIXTURE_IDS.activeMentorship}`);
      await page.locator('mentor-agreement-signer [part="status"]').waitFor();
      return page;
    }

    const signer = (page: Page) => page.locator('mentor-agreement-signer');
    const status = (page: Page) => signer(page).locator('[part="status"]');

    async function reload(page: Page) {
      await page.reload();
      await status(page).waitFor();
    }

    async function sign(page: Page, name: string, version: number) {
      await signer(page).locator('#consent').check();
      await signer(page).locator('#typedName').fill(name);
      await signer(page)
        .getByRole('button', { name: `Sign version ${version}` })
        .click();
    }

    before(async () => {
      served = await startDemoServer();
      ({ t, demo, browser } = served);
      pages[ANA] = await open(ANA);
      pages[PRIYA] = await open(PRIYA);
    });
    after(async () => {
      await served?.close();
    });

    it('both partners sign; a later edit voids both; both sign the new version', async () => {
      const ana = pages[ANA]!;
      const priya = pages[PRIYA]!;
      assert.equal(await status(ana).textContent(), 'Awaiting the other partner');
      await sign(ana, 'Ana Souza', 2);
      await signer(ana).getByText('Signed by both: active').waitFor();
      await reload(priya);
      assert.equal(await status(priya).textContent(), 'Signed by both: active');

      await signer(priya).getByRole('button', { name: 'Edit the terms' }).click();
      await signer(priya)
        .getByRole('group', { name: 'Meetings', exact: true })
        .getByLabel('Text')
        .fill('We meet every week for 30 minutes on a video call. Ana schedules.');
      await signer(priya).getByRole('button', { name: 'Save as a new version' }).click();
      await signer(priya).getByText('Draft: not signed yet').waitFor();

      const server = t.as(PRIYA);
      const current = await server.getAgreement(AGREEMENT);
      assert.equal(current.version, 3);
      assert.deepEqual(current.signatures, []);
      const previous = await server.getAgreementVersion(AGREEMENT, 2);
      assert.equal(previous.signatures.length, 2);
      assert.ok(
        previous.signatures.every((s) => s.voided),
        'both signatures voided',
      );

      await reload(ana);
      await signer(ana).getByText('The terms changed since you signed version 2').waitFor();
      await signer(ana).getByText('Added: We meet every week for 30 minutes').waitFor();
      await sign(ana, 'Ana Souza', 3);
      await signer(ana).getByText('Awaiting the other partner').waitFor();
      await reload(priya);
      await sign(priya, 'Priya Nair', 3);
      await signer(priya).getByText('Signed by both: active').waitFor();
      const signed = await server.getAgreement(AGREEMENT);
      assert.equal(signed.status, 'signed');
      const mine = signed.signatures.find((s) => s.personId === ANA)!;
      assert.equal(mine.ipAddress, '127.0.0.1');
      assert.match(mine.userAgent ?? '', /Chrome/);
      assert.match(mine.authentication, /Demo person switcher/);
    });

    it('shows the server’s audit trail, verified in the browser', async () => {
      const ana = pages[ANA]!;
      await reload(ana);
      await signer(ana).getByRole('button', { name: 'Audit trail' }).click();
      const audit = signer(ana).locator('mentor-agreement-audit');
      await audit.getByText(/Chain intact: all \d+ events verified in your browser/).waitFor();
      const shown = (await audit.locator('li').allTextContents()).map((text) =>
        text.replace(/\s+/g, ' ').trim(),
      );
      const trail = (await t.as(ANA).getAgreementAudit(AGREEMENT)).items;
      assert.ok(shown.length > 0 && shown.length <= trail.length);
      for (const [index, text] of shown.entries()) {
        assert.ok(text.includes(trail[index]!.hash), `event ${index + 1} is the server's`);
        assert.ok(text.startsWith(`${trail[index]!.seq}.`));
      }
      assert.ok(shown.some((text) => text.includes('Signatures voided')));
    });

    it('prints a certificate whose PDF holds the signatures, the hash and the events as text', async () => {
      const ana = pages[ANA]!;
      await signer(ana).getByRole('button', { name: 'Certificate of completion' }).click();
      const certificate = signer(ana).locator('mentor-agreement-certificate');
      await certificate.getByText(/Chain intact/).waitFor();
      const pdf = await ana.pdf({ format: 'A4', printBackground: true });
      const document = await getDocumentProxy(new Uint8Array(pdf));
      const { text } = await extractText(document, { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      const agreement = await t.as(ANA).getAgreement(AGREEMENT);
      assert.ok(flat.includes('Certificate of completion'));
      assert.ok(text.replace(/\s+/g, '').includes(agreement.contentHash), 'the content hash');
      for (const s of agreement.signatures) {
        assert.ok(flat.includes(s.typedName), `${s.name}'s signature`);
        assert.ok(flat.includes(s.authentication));
      }
      for (const label of [
        'Created',
        'Viewed',
        'Edited (new version)',
        'Signatures voided',
        'Signed',
      ])
        assert.ok(flat.includes(label), `audit event "${label}"`);
      assert.ok(flat.includes('127.0.0.1'), 'the IP address');
      assert.equal(flat.includes('Edit the terms'), false, 'controls are not printed');
      assert.equal(flat.includes('Search mentors'), false, 'only the certificate is printed');
    });

    it('ends the mentorship: read-only for both, and the directory shows Priya’s freed spot', async () => {
      const ana = pages[ANA]!;
      const spots = async () => {
        const search = ana.getByLabel('Search mentors');
        await search.fill('Priya Nair');
        await search.press('Enter');
        const card = ana.locator('mentor-card', { hasText: 'Priya Nair' });
        return (await card.locator('[part="spots"]').textContent())?.trim();
      };
      const before = await spots();
      const mentor = await t.as(ANA).getMentor(PRIYA);
      assert.equal(
        before,
        `${mentor.capacity - mentor.activeMentees} of ${mentor.capacity} spots open`.replace(
          /^0 of \d+ spots open$/,
          'Full: no open spots',
        ),
      );

      await signer(ana).getByRole('button', { name: 'End the mentorship' }).click();
      const dialog = signer(ana).getByRole('dialog', { name: 'End this mentorship?' });
      await dialog.getByLabel('Reason (optional, private)').fill('Our goals changed.');
      await dialog.getByRole('button', { name: 'End the mentorship' }).click();
      await signer(ana).getByText('The agreement is read-only.').waitFor();
      assert.equal(await status(ana).textContent(), 'Ended');

      await reload(ana);
      const after = await spots();
      assert.equal(
        after,
        `${mentor.capacity - mentor.activeMentees + 1} of ${mentor.capacity} spots open`,
      );
      const priya = pages[PRIYA]!;
      await reload(priya);
      assert.equal(await status(priya).textContent(), 'Ended');
      assert.equal(await signer(priya).getByRole('button', { name: 'Edit the terms' }).count(), 0);
    });
  },
);
