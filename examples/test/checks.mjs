// What a person sees in every example app, whatever the framework: the same page (a directory,
// a development-plan form holding the request form, a language switch) checked the same way in
// Chromium against the built output. Playwright's locators reach into the open shadow roots.
import assert from 'node:assert/strict';

const TIMEOUT = 20_000;
const MESSAGE =
  'Hi, I lead design for our onboarding flow and want to get better at presenting to senior leaders.';

/** Collects console errors and uncaught exceptions; warnings are kept for the caller to read. */
export function watchConsole(page) {
  const seen = { errors: [], warnings: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.errors.push(`${response.status()} ${response.url()}`);
  });
  return seen;
}

/** The example at `url`: rendered with data, event handled, form value submitted, locale switched. */
export async function checkExampleApp(page, url, step) {
  const seen = watchConsole(page);
  await page.goto(url);
  const directory = page.locator('mentor-directory');

  const requestButtons = directory.getByRole('button', { name: /^Request mentoring\s*:/ });
  await requestButtons.first().waitFor({ timeout: TIMEOUT });
  step(`the directory shows ${await requestButtons.count()} mentors from the memory API`);

  // `filters` was set as an object: its preset shows as a chip the person can remove.
  await directory
    .getByRole('button', { name: /^Remove filter Open spots only/ })
    .waitFor({ timeout: TIMEOUT });
  step('the filters object property arrived (its preset shows as the chip "Open spots only")');

  // mentor-request-start: the app shows its own form, titled from the event's detail.
  const first = requestButtons.first();
  const name = (await first.textContent()).replace(/^\s*Request mentoring\s*:\s*/, '').trim();
  await first.click();
  await page
    .getByRole('heading', { name: `Requesting mentoring from ${name}` })
    .waitFor({ timeout: TIMEOUT });
  step(`mentor-request-start handled: the app names ${name} from event.detail`);

  // The request form sits in the app's own <form>; its value travels with the submission.
  const request = page.locator('mentor-match-request');
  await request.getByLabel('Message to the mentor').fill(MESSAGE);
  await request.getByLabel('Goal 1').fill('Present a roadmap to the leadership team by March');
  await page.getByRole('button', { name: 'Add to my development plan' }).click();
  const entry = page.locator('output[aria-label="Plan entry"]');
  await entry.filter({ hasText: MESSAGE }).waitFor({ timeout: TIMEOUT });
  const text = await entry.textContent();
  assert.match(text, new RegExp(`^${name}: `), `plan entry names the mentor: ${text}`);
  assert.match(text, /cost centre CC-204/, `plan entry carries the app's own field: ${text}`);
  step("the app's form submission carries the widget's value (the typed message)");

  // Locale: the app switches <mentor-program locale>, the widgets follow.
  await page.getByLabel('Language').selectOption('es');
  await directory
    .getByRole('button', { name: /^Solicitar mentoría\s*:/ })
    .first()
    .waitFor({ timeout: TIMEOUT });
  await request.getByLabel('Mensaje al mentor').waitFor({ timeout: TIMEOUT });
  step('switching the language to Spanish re-renders the widgets in Spanish');

  await page.getByLabel('Language').selectOption('ar');
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector('mentor-directory')).direction === 'rtl',
    undefined,
    { timeout: TIMEOUT },
  );
  step('Arabic lays the directory out right to left');

  assert.deepEqual(seen.errors, [], 'no console errors');
}
