// Someone who already answered sees only the answered view: the answering view (every question
// type, pager) is not downloaded for them. It comes as soon as a survey is one to answer.
// The order matters: each test file runs in a fresh page, and a module once fetched stays.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fetched } from '../support/chunks.js';
import {
  $,
  button,
  memoryApi,
  pulse,
  questionIds,
  renderSurvey,
  submitPulseAnswers,
  textOf,
} from './helpers.js';

const FORM_VIEW = 'feedback-survey/feedback-survey-form.ts';
const ANSWERED_VIEW = 'feedback-survey/feedback-survey-answered.ts';

describe('<mentor-feedback-survey> answered: only what is shown is fetched', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure

  it('fetches the answered view and not the answering view when already answered', async () => {
    const api = await memoryApi();
    await submitPulseAnswers(api);
    const el = await pulse(api);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="answered"]'), 'answered');
    expect(textOf($(el, '[part="my-answers"]'))).to.contain('4/10');
    expect(() => button(el, 'Send answers')).to.throw();
    expect(fetched(ANSWERED_VIEW)).to.equal(true);
    expect(fetched(FORM_VIEW), 'the answering view is not downloaded').to.equal(false);
  });

  it('fetches the answering view once a survey is to be answered', async () => {
    const el = await pulse(await memoryApi());
    expect(fetched(FORM_VIEW)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
    expect(questionIds(el)).to.include('recommend');
    expect($(el, '[part="submit-button"]')).not.to.equal(null);
  });

  it('fetches it for an inline definition too', async () => {
    const definition = {
      title: 'One question',
      questions: [{ id: 'q', label: 'Did it help?', type: 'yes-no', help: null, required: true }],
    };
    const el = await renderSurvey(
      html`<mentor-feedback-survey
        definition=${JSON.stringify(definition)}
      ></mentor-feedback-survey>`,
      await memoryApi(),
    );
    expect(questionIds(el)).to.deep.equal(['q']);
  });
});
