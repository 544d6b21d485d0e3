// What admins see: response rate, NPS with its parts, each distribution as a table with bars,
// free texts without names, small groups withheld; loaded on demand.
import { expect, html } from '@open-wc/testing';
import {
  $,
  FIXTURE_IDS,
  PERSONAS,
  expectAccessibleInThemes,
  memoryApi,
  renderSurvey,
  textOf,
} from './helpers.js';
import type { MemoryMentoringApi } from '../../../src/memory/memory-api.js';

const results = (api: MemoryMentoringApi, surveyId: string = FIXTURE_IDS.pulseSurvey) =>
  renderSurvey(
    html`<mentor-feedback-survey view="results" survey-id=${surveyId}></mentor-feedback-survey>`,
    api,
  );

const view = (el: Element) => el.shadowRoot!.querySelector('mentor-survey-results')!;
const card = (el: Element, label: string) =>
  [...view(el).shadowRoot!.querySelectorAll('.question-results')].find((section) =>
    textOf(section.querySelector('h3')!).startsWith(label),
  )!;

describe('<mentor-feedback-survey view="results">', function () {
  this.timeout(30_000);

  it('loads the results view only when it is shown', async () => {
    expect(customElements.get('mentor-survey-results')).to.equal(undefined);
    const el = await results(await memoryApi({ userId: PERSONAS.admin }));
    expect(customElements.get('mentor-survey-results')).not.to.equal(undefined);
    expect(view(el)).not.to.equal(null);
  });

  it('shows the response rate, NPS and distributions as tables, texts without names', async () => {
    const api = await memoryApi({ userId: PERSONAS.admin });
    const data = await api.getSurveyResults(FIXTURE_IDS.pulseSurvey);
    const el = await results(api);
    const page = textOf(view(el).shadowRoot!);
    expect(page).to.contain(`${data.responses} answered of ${data.invited} asked`);
    expect(page).to.contain('Totals of fewer than 5 answers are withheld');

    const nps = data.questions.find((q) => q.questionId === 'recommend')!.nps!;
    const npsCard = textOf(card(el, 'How likely are you to recommend'));
    expect(npsCard).to.contain(`${nps.score} Net promoter score`);
    expect(npsCard).to.contain(`${nps.promoters} promoters (9–10)`);
    expect(npsCard).to.contain(`${nps.detractors} detractors (0–6)`);

    const rating = card(el, 'How would you rate your mentoring relationship?');
    const rows = [...rating.querySelectorAll('tbody tr')].map((row) => textOf(row));
    const expected = data.questions.find((q) => q.questionId === 'relationship')!.distribution;
    expect(rows).to.have.length(5);
    expect(rows[4]).to.match(new RegExp(`^Excellent ${expected[4]!.count} \\d+%$`));
    expect(rating.querySelector('caption')).not.to.equal(null);
    expect(rating.querySelector('.bar')!.getAttribute('aria-hidden')).to.equal('true');

    const yesNo = [...card(el, 'Are you meeting as agreed?').querySelectorAll('tbody th')].map(
      textOf,
    );
    expect(yesNo).to.deep.equal(['Yes', 'No']);

    const words = card(el, 'Your mentoring in one word');
    expect(words.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(textOf(view(el).shadowRoot!)).not.to.match(/resp-|authorId/);
    await expectAccessibleInThemes(el);
  });

  it('withholds every aggregate of a group smaller than the program minimum', async () => {
    const el = await results(
      await memoryApi({ userId: PERSONAS.admin }),
      FIXTURE_IDS.checkInSurvey,
    );
    const cards = [...view(el).shadowRoot!.querySelectorAll('.question-results')];
    expect(cards).to.have.length(3);
    for (const section of cards) {
      expect(textOf(section)).to.match(/Withheld: 0 answers, fewer than 5\./);
      expect(section.querySelector('table')).to.equal(null);
    }
    await expectAccessibleInThemes(el);
  });

  it('tells a person who is not an admin that the results are not for them', async () => {
    const el = await results(await memoryApi());
    expect(textOf($(el, '[part="error"]'))).to.contain('You don’t have access to this');
  });
});
