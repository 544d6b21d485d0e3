// The survey against the real reference server (HTTP, PGlite, seeded program): Ana and her
// mentor Priya answer their two-sided check-in; each sees the other's answers only once both
// have; the program admin sees the pulse's aggregate and NPS, and the check-in withheld.
import { expect, html, waitUntil } from '@open-wc/testing';
import { HttpMentoringApi } from '../../../src/client/http-api.js';
import type { MentorFeedbackSurvey } from '../../../src/components/feedback-survey/feedback-survey.component.js';
import { renderInProgram } from '../support/render.js';
import { $, FIXTURE_IDS, PERSONAS, button, choose, settled, textOf, type } from './helpers.js';

const signedIn = (personId: string) =>
  new HttpMentoringApi({
    baseUrl: '/__server/api/v1',
    headers: { 'x-mentorkit-test-user': personId },
    timeoutMs: 30_000,
  });

async function open(
  personId: string,
  template = html`<mentor-feedback-survey
    survey-id=${FIXTURE_IDS.checkInSurvey}
  ></mentor-feedback-survey>`,
) {
  const el = await renderInProgram<MentorFeedbackSurvey>(template, { api: signedIn(personId) });
  await settled(el);
  return el;
}

const sent = (el: MentorFeedbackSurvey) =>
  waitUntil(
    () => el.shadowRoot!.querySelector('[part="answered"]'),
    'the answers were never sent',
    {
      timeout: 20_000,
    },
  );

describe('<mentor-feedback-survey> against the reference server', function () {
  this.timeout(120_000); // the first test starts and seeds the server

  before(async () => {
    // Starting the server (seeding the program) takes a while on a shared machine.
    await waitUntil(
      async () => (await fetch('/__server/ready').catch(() => null))?.ok === true,
      'the reference server never became ready',
      { timeout: 100_000, interval: 500 },
    );
  });

  it('keeps a two-sided check-in blind until both partners answered, then shows both', async () => {
    const ana = await open(PERSONAS.mentee);
    await choose(ana, 'session-useful', '5');
    await choose(ana, 'next-step-clear', 'Yes');
    await type(ana, 'note', 'Thanks for the tough questions!');
    button(ana, 'Send answers').click();
    await sent(ana);
    expect(textOf($(ana, '[part="answered"]'))).to.contain('Your partner has not answered yet');
    expect(ana.shadowRoot!.querySelector('[part="partner-answers"]')).to.equal(null);

    const priya = await open(PERSONAS.partnerMentor);
    expect(
      priya.shadowRoot!.querySelector('[part="partner-answers"]'),
      'nothing of Ana yet',
    ).to.equal(null);
    await choose(priya, 'session-useful', '4');
    await choose(priya, 'next-step-clear', 'No');
    button(priya, 'Send answers').click();
    await sent(priya);
    const anaSaid = textOf($(priya, '[part="partner-answers"]'));
    expect(anaSaid).to.contain('5/5');
    expect(anaSaid).to.contain('Thanks for the tough questions!');

    const anaLater = await open(PERSONAS.mentee);
    expect(textOf($(anaLater, '[part="partner-answers"]'))).to.contain('4/5');
    expect(textOf($(anaLater, '[part="my-answers"]'))).to.contain(
      'Thanks for the tough questions!',
    );
  });

  it('shows the admin the pulse’s response rate and NPS, and withholds the two-person check-in', async () => {
    const pulse = await open(
      PERSONAS.admin,
      html`<mentor-feedback-survey
        view="results"
        survey-id=${FIXTURE_IDS.pulseSurvey}
      ></mentor-feedback-survey>`,
    );
    const results = pulse.shadowRoot!.querySelector('mentor-survey-results')!;
    const page = textOf(results.shadowRoot!);
    expect(page).to.match(/\d+ answered of \d+ asked/);
    expect(page).to.match(/-?\d+ Net promoter score/);
    expect(page).to.contain('promoters (9–10)');

    const checkIn = await open(
      PERSONAS.admin,
      html`<mentor-feedback-survey
        view="results"
        survey-id=${FIXTURE_IDS.checkInSurvey}
      ></mentor-feedback-survey>`,
    );
    const withheld = textOf(
      checkIn.shadowRoot!.querySelector('mentor-survey-results')!.shadowRoot!,
    );
    expect(withheld).to.contain('2 answered of 2 asked');
    expect(withheld).to.contain('Withheld: 2 answers, fewer than 5.');
  });
});
