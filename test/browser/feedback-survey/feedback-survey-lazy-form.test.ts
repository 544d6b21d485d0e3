// The answering view (every question type, progress, pager) is a lazy part (issue #17): it is
// fetched together with the survey while the skeleton shows, so the questions appear at once
// with the survey; the admin results view never downloads it.
import { expect, html } from '@open-wc/testing';
import { fetched } from '../support/chunks.js';
import {
  $,
  FIXTURE_IDS,
  memoryApi,
  PERSONAS,
  question,
  questionIds,
  renderSurvey,
  textOf,
} from './helpers.js';

const FORM_VIEW = 'feedback-survey/feedback-survey-form.ts';

const option = (value: string) => ({ value, label: `Option ${value}` });
const base = (id: string, label: string) => ({ id, label, help: null, required: false });

/** One question of every type. */
const everyType = {
  title: 'Every kind of question',
  questions: [
    { ...base('rating', 'Rate it'), type: 'rating', scale: 5, lowLabel: 'Low', highLabel: 'High' },
    { ...base('nps', 'Would you recommend it?'), type: 'nps' },
    { ...base('single', 'Pick one'), type: 'single', options: [option('a'), option('b')] },
    {
      ...base('multiple', 'Pick some'),
      type: 'multiple',
      options: [option('a'), option('b'), option('c')],
      maxSelections: 2,
    },
    { ...base('yes-no', 'Did it help?'), type: 'yes-no' },
    { ...base('short', 'One word'), type: 'short-text', maxLength: 40 },
    { ...base('long', 'Tell us more'), type: 'long-text', maxLength: 500 },
  ],
};

describe('<mentor-feedback-survey> lazy answering view', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  beforeEach(() => localStorage.clear());

  it('is not downloaded for the results view', async () => {
    const el = await renderSurvey(
      html`<mentor-feedback-survey
        view="results"
        survey-id=${FIXTURE_IDS.pulseSurvey}
      ></mentor-feedback-survey>`,
      await memoryApi({ userId: PERSONAS.admin }),
    );
    expect(el.shadowRoot!.querySelector('mentor-survey-results')).not.to.equal(null);
    expect(fetched(FORM_VIEW)).to.equal(false);
  });

  it('comes with the survey and renders every question type with its own control', async () => {
    const el = await renderSurvey(
      html`<mentor-feedback-survey
        definition=${JSON.stringify(everyType)}
      ></mentor-feedback-survey>`,
      await memoryApi(),
    );
    expect(fetched(FORM_VIEW)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
    expect(textOf($(el, 'h2'))).to.equal('Every kind of question');
    expect(questionIds(el)).to.deep.equal(everyType.questions.map((q) => q.id));
    const radios = (id: string) => question(el, id).querySelectorAll('input[type="radio"]').length;
    expect(radios('rating')).to.equal(5);
    expect(radios('nps')).to.equal(11);
    expect(radios('single')).to.equal(2);
    expect(radios('yes-no')).to.equal(2);
    expect(question(el, 'multiple').querySelectorAll('input[type="checkbox"]')).to.have.length(3);
    expect(
      question(el, 'short').querySelector('input[type="text"], input:not([type])'),
    ).not.to.equal(null);
    expect(question(el, 'long').querySelector('textarea')).not.to.equal(null);
    expect($(el, '[part="submit-button"]')).not.to.equal(null);
  });
});
