// Who sees what (anonymity, blind two-sided reveal), closed and not-yet-open surveys, and the
// survey due in a mentorship; on the memory API, as the two partners.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { ProgramFixture } from '../../../src/fixtures/index.js';
import {
  $,
  FIXTURE_IDS,
  PERSONAS,
  choose,
  button,
  expectAccessibleInThemes,
  memoryApi,
  programData,
  pulse,
  renderSurvey,
  textOf,
} from './helpers.js';
import { MemoryMentoringApi } from '../../../src/memory/memory-api.js';

const checkIn = (api: MemoryMentoringApi) =>
  renderSurvey(
    html`<mentor-feedback-survey survey-id=${FIXTURE_IDS.checkInSurvey}></mentor-feedback-survey>`,
    api,
  );

const due = (api: MemoryMentoringApi) =>
  renderSurvey(
    html`<mentor-feedback-survey
      mentorship-id=${FIXTURE_IDS.activeMentorship}
    ></mentor-feedback-survey>`,
    api,
  );

async function withData(change: (data: ProgramFixture) => void, userId: string = PERSONAS.mentee) {
  const data = structuredClone(await programData());
  change(data);
  return new MemoryMentoringApi({ userId, data });
}

const DAY = 86_400_000;

describe('<mentor-feedback-survey> states', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  it('says plainly who sees the answers of a program-wide, anonymous pulse', async () => {
    const el = await pulse(await memoryApi());
    expect(textOf($(el, '[part="privacy"]'))).to.contain(
      'The program team sees these answers only as totals, never tied to your name.',
    );
  });

  it('keeps two-sided answers hidden until both answered, then shows both, without the anonymous name', async () => {
    const api = await memoryApi();
    const ana = await checkIn(api);
    const privacy = textOf($(ana, '[part="privacy"]'));
    expect(privacy).to.contain('Your partner sees your answers only after you have both answered');
    await choose(ana, 'session-useful', '5');
    await choose(ana, 'next-step-clear', 'Yes');
    $<HTMLInputElement>(ana, '[part="privacy"] input[type="checkbox"]').click(); // hide my name
    button(ana, 'Send answers').click();
    await waitUntil(() => ana.shadowRoot!.querySelector('[part="answered"]'), 'never sent');
    expect(textOf($(ana, '[part="answered"]'))).to.contain('Your partner has not answered yet');
    expect(ana.shadowRoot!.querySelector('[part="partner-answers"]')).to.equal(null);
    await expectAccessibleInThemes(ana);

    const submissions: unknown[] = [];
    const priya = await checkIn(api.as(PERSONAS.partnerMentor));
    priya.addEventListener('mentor-survey-submit', (event) => submissions.push(event.detail));
    await choose(priya, 'session-useful', '4');
    await choose(priya, 'next-step-clear', 'No');
    button(priya, 'Send answers').click();
    await waitUntil(() => priya.shadowRoot!.querySelector('[part="partner-answers"]'), 'no reveal');
    const partner = textOf($(priya, '[part="partner-answers"]'));
    expect(partner).to.contain('5/5');
    expect(textOf(priya.shadowRoot!)).to.contain(
      'Your partner chose to answer without their name.',
    );
    // Not in the page, not in what the API handed over.
    expect(textOf(priya.shadowRoot!)).not.to.contain('Ana');
    expect(JSON.stringify(submissions)).not.to.contain(PERSONAS.mentee);
    await expectAccessibleInThemes(priya);

    // Ana comes back later: both answers are there now.
    const later = await checkIn(api);
    expect(textOf($(later, '[part="partner-answers"]'))).to.contain('4/5');
  });

  it('says when a survey has closed, and when it opens', async () => {
    const closed = await withData((data) => {
      data.surveys.find((s) => s.id === FIXTURE_IDS.pulseSurvey)!.closesAt = new Date(
        Date.now() - DAY,
      ).toISOString();
    });
    const el = await pulse(closed);
    expect(textOf($(el, '[part="status"]'))).to.match(/^This survey closed on /);
    expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
    await expectAccessibleInThemes(el);

    const scheduled = await withData((data) => {
      data.surveys.find((s) => s.id === FIXTURE_IDS.pulseSurvey)!.opensAt = new Date(
        Date.now() + 3 * DAY,
      ).toISOString();
    });
    const later = await pulse(scheduled);
    expect(textOf($(later, '[part="status"]'))).to.match(/^This survey opens on /);
  });

  it('finds the survey due in a mentorship: the check-in, then the pulse, then none', async () => {
    const api = await memoryApi();
    let el = await due(api);
    expect(el.surveyId, 'it does not pin a survey id').to.equal(undefined);
    expect(textOf($(el, 'h2'))).to.equal('After your last session');
    await api.submitSurvey(FIXTURE_IDS.checkInSurvey, {
      answers: { 'session-useful': 3, 'next-step-clear': true },
    });
    el = await due(api);
    expect(textOf($(el, 'h2'))).to.equal('How is your mentoring going?');
    await api.submitSurvey(FIXTURE_IDS.pulseSurvey, {
      answers: { relationship: 3, 'meeting-as-agreed': true, 'goal-progress': 3, recommend: 7 },
    });
    el = await due(api);
    expect(textOf($(el, '[part="status"]'))).to.contain('No survey is due for you right now');
    await expectAccessibleInThemes(el);
  });

  it('offers the close-out once the mentorship has ended', async () => {
    const api = await withData((data) => {
      const mentorship = data.mentorships.find((m) => m.id === FIXTURE_IDS.activeMentorship)!;
      mentorship.status = 'ended';
      mentorship.endedAt = new Date().toISOString();
      data.surveys.push({
        ...data.surveys.find((s) => s.id === FIXTURE_IDS.checkInSurvey)!,
        id: 'survey-closeout-ana-priya',
        kind: 'close-out',
        title: 'Looking back on your mentorship',
      });
    });
    const el = await due(api);
    expect(textOf($(el, 'h2'))).to.equal('Looking back on your mentorship');
    expect(textOf($(el, '[part="header"]'))).to.contain('Close-out survey');
  });

  it('reads right to left in Arabic, with its own words around the definition’s questions', async () => {
    const el = await renderSurvey(
      html`<mentor-feedback-survey
        survey-id=${FIXTURE_IDS.pulseSurvey}
        layout="paged"
      ></mentor-feedback-survey>`,
      await memoryApi(),
      'ar',
    );
    expect(el.closest('mentor-program')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '.pager')).direction).to.equal('rtl');
    expect(textOf($(el, '[part="progress"]'))).to.contain('الجزء 1 من 3');
    expect(textOf(button(el, 'التالي'))).to.equal('التالي');
    expect(textOf($(el, 'legend'))).to.contain('(إلزامي)');
    await expectAccessibleInThemes(el);
  });
});
