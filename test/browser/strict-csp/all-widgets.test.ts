// An LMS page with the strictest usual policy, as a real response header (see
// ../support/strict-csp-middleware.mjs):
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// All five widgets run on it through their main paths, with lazy parts and translations loaded on
// demand, and the page's owner sees no policy violation and no console error.
import './page-probe.js'; // first, so it hears everything
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { MentorProgram } from '../../../src/components/program/program.component.js';
import { FIXTURE_IDS, PERSONAS, memoryApi } from '../support/memory.js';
import { $, button, deep, deepAll, deepButton, field, textOf, type } from '../support/dom.js';
import { fillValid, GOOD_MESSAGE } from '../match-request/helpers.js';
import { signTyped } from '../agreement-signer/helpers.js';
import { answerPulse } from '../feedback-survey/helpers.js';

const problems = (window as unknown as { pageProblems: string[] }).pageProblems;
/** Violation reports are queued as tasks: let them arrive. */
const reportsDelivered = () => new Promise((resolve) => setTimeout(resolve, 50));

const waitFor = (check: () => unknown, what: string) =>
  waitUntil(check, `never: ${what}`, { timeout: 15_000 });
const shows = (el: Element, text: string | RegExp) =>
  waitFor(
    () => (typeof text === 'string' ? textOf(el).includes(text) : text.test(textOf(el))),
    `showed ${String(text)}`,
  );

async function expectNoProblems(after: string) {
  await reportsDelivered();
  expect(problems.join('\n'), `violations or console errors after ${after}`).to.equal('');
}

describe('all five widgets on a page under a strict CSP with Trusted Types', function () {
  this.timeout(120_000); // one long journey on a shared machine

  it('the page really is under that policy (the probe sees what it forbids)', async () => {
    const probe = document.createElement('p');
    document.body.append(probe);
    probe.setAttribute('style', 'color: red'); // style-src 'self' forbids inline style
    await waitFor(() => problems.some((p) => p.startsWith('style-src')), 'a report');
    // Chromium and Firefox (from 148, Debian's ESR too) enforce Trusted Types.
    expect(() => (probe.innerHTML = '<b>bold</b>'), 'Trusted Types are enforced').to.throw(
      TypeError,
    );
    await waitFor(
      () => problems.some((p) => p.startsWith('require-trusted-types-for')),
      'a Trusted Types report',
    );
    probe.remove();
    problems.length = 0; // the control's own reports
  });

  it('search, profile, request, inbox, signing, goals, survey and languages: nothing reported', async () => {
    const ana = await memoryApi();
    const kwame = ana.as(PERSONAS.mentor);
    const page = await fixture<HTMLElement>(html`
      <div>
        <mentor-program id="mentee" .api=${ana} locale="en">
          <mentor-directory request-form="csp-request" layout="list"></mentor-directory>
          <mentor-match-request id="csp-request"></mentor-match-request>
          <mentor-agreement-signer
            agreement-id=${FIXTURE_IDS.agreementAwaitingSignature}
          ></mentor-agreement-signer>
          <mentor-goal-tracker mentorship-id=${FIXTURE_IDS.activeMentorship}></mentor-goal-tracker>
          <mentor-feedback-survey survey-id=${FIXTURE_IDS.pulseSurvey}></mentor-feedback-survey>
        </mentor-program>
        <mentor-program id="mentor" .api=${kwame} locale="en">
          <mentor-match-request view="inbox"></mentor-match-request>
        </mentor-program>
      </div>
    `);
    const widget = (selector: string) => page.querySelector<HTMLElement>(selector)!;

    // Directory: search by name, open the profile (a lazy part), request from it.
    const directory = widget('mentor-directory');
    await shows(directory, /\d+ mentors found/);
    const search = $<HTMLInputElement>(directory, '#search');
    type(search, 'Kwame');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const firstCard = () => deepAll(directory, 'mentor-card')[0];
    await waitFor(() => firstCard() && textOf(firstCard()!).includes('Kwame'), 'Kwame first');

    button(firstCard()!, 'View profile').click();
    const dialogHost = await waitFor(
      () => directory.shadowRoot!.querySelector('mentor-profile-dialog'),
      'profile dialog loaded',
    ).then(() => $(directory, 'mentor-profile-dialog'));
    await waitFor(() => dialogHost.shadowRoot?.querySelector('dialog')?.open, 'profile open');
    await shows(dialogHost, 'Kwame Mensah');
    setTimeout(() => button(dialogHost, 'Request mentoring').click());
    await oneEvent(directory, 'mentor-request-start');
    await expectNoProblems('search and profile');

    // Match request: the form opened for Kwame; send it.
    const form = widget('#csp-request');
    // field() throws while the form is not there yet: that is "not yet", not a failure.
    await waitFor(() => deepAll(form, 'textarea[part="message"]').length > 0, 'the request form');
    field(form, 'Message to the mentor');
    fillValid(form as never);
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await shows(form, 'Request sent to Kwame Mensah');
    await expectNoProblems('sending the request');

    // The mentor's inbox: Ana's request arrives, Kwame accepts it.
    const inbox = widget('#mentor mentor-match-request') as HTMLElement & {
      refresh(): Promise<void>;
    };
    await inbox.refresh();
    await shows(inbox, GOOD_MESSAGE.slice(0, 30));
    const sent = (await kwame.listRequests({ role: 'mentor', status: ['pending'] })).items.find(
      (request) => request.menteeId === PERSONAS.mentee,
    )!;
    deepButton(deep(inbox, `[data-request="${sent.id}"]`), 'Accept').click();
    await shows(inbox, 'The mentorship has started');
    await expectNoProblems('accepting in the inbox');

    // Agreement: Ana signs the version Priya signed already.
    const signer = widget('mentor-agreement-signer') as HTMLElement & { loaded(): Promise<void> };
    await signer.loaded();
    await signTyped(signer as never, 'Ana Souza');
    await shows(signer, 'Signed by both: active');
    await expectNoProblems('signing');

    // Goals: add a SMART goal.
    const tracker = widget('mentor-goal-tracker') as HTMLElement & { loaded(): Promise<void> };
    await tracker.loaded();
    button(tracker, 'Add goal').click();
    const path = (name: string) =>
      tracker.shadowRoot!.querySelector<HTMLInputElement>(`[data-path="${name}"]`)!;
    await waitFor(() => path('title'), 'the goal form');
    type(path('title'), 'Lead two sprint reviews by March');
    type(path('criteria.measurable'), 'Two reviews led, feedback after each.');
    type(path('dueDate'), '2027-03-31');
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
    await shows(tracker, 'Lead two sprint reviews by March');
    await expectNoProblems('adding a goal');

    // Survey: answer the pulse and send it.
    const survey = widget('mentor-feedback-survey');
    await waitFor(() => !survey.shadowRoot!.querySelector('[part="skeleton"]'), 'survey loaded');
    await answerPulse(survey as never);
    button(survey, 'Send answers').click();
    await waitFor(() => survey.shadowRoot!.querySelector('[part="answered"]'), 'answers sent');
    await expectNoProblems('answering the survey');

    // Languages: Spanish and Arabic catalogues load on demand, the widgets switch.
    const mentee = page.querySelector<MentorProgram>('#mentee')!;
    mentee.locale = 'es';
    await shows(directory, /Se encontraron \d+ mentores/);
    mentee.locale = 'ar';
    await shows(tracker, 'إضافة هدف');
    await expectNoProblems('switching languages');
  });
});
