// Show-if across sections, paging, drafts, sending (failure, retry, double press) and the
// already-answered state, on the memory API.
import { expect, waitUntil } from '@open-wc/testing';
import type { SubmitSurveyResponse } from '../../../src/contract/index.js';
import type { CreateOptions } from '../../../src/client/api.js';
import { NetworkError, problemToError } from '../../../src/client/errors.js';
import {
  $,
  FIXTURE_IDS,
  announced,
  answerPulse,
  button,
  choose,
  errorOf,
  expectAccessibleInThemes,
  memoryApi,
  pulse,
  question,
  questionIds,
  submitPulseAnswers,
  textOf,
} from './helpers.js';

describe('<mentor-feedback-survey> flow', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  it('asks the follow-up in the next section only when an earlier answer calls for it', async () => {
    const el = await pulse(await memoryApi());
    expect(questionIds(el)).not.to.include('obstacles');
    await choose(el, 'meeting-as-agreed', 'No');
    expect(questionIds(el)).to.include('obstacles');
    expect(question(el, 'obstacles').closest('section')!.getAttribute('aria-labelledby')).to.equal(
      'section-progress',
    );
    await choose(el, 'obstacles', 'Workload');
    await choose(el, 'recommend', '3');
    expect(questionIds(el)).to.include('recommend-why-not');
    await choose(el, 'meeting-as-agreed', 'Yes');
    expect(questionIds(el)).not.to.include('obstacles');
    expect(el.answers.obstacles, 'a hidden answer is not sent').to.equal(undefined);
  });

  it('pages one section at a time, keeps answers across Back and Next, and checks each page', async () => {
    const el = await pulse(await memoryApi(), 'paged');
    expect(textOf($(el, '[part="progress"]'))).to.contain('Part 1 of 3');
    expect(questionIds(el)).to.deep.equal(['relationship', 'meeting-as-agreed']);
    button(el, 'Next').click();
    await el.updateComplete;
    expect(errorOf(el, 'relationship')).to.equal('Answer this question.');
    expect(announced(el)).to.equal('2 questions need attention.');
    await choose(el, 'relationship', 'Good');
    await choose(el, 'meeting-as-agreed', 'No');
    button(el, 'Next').click();
    await el.updateComplete;
    expect(textOf($(el, '[part="progress"]'))).to.contain('Part 2 of 3');
    // 2 of the 9 questions now shown are answered; the bar is sized through the CSSOM (CSP-safe).
    expect($(el, '.progress-bar').style.getPropertyValue('--share')).to.equal('22%');
    expect(questionIds(el)).to.include('obstacles');
    expect(announced(el)).to.equal('Part 2 of 3: Progress');
    await waitUntil(
      () => el.shadowRoot!.activeElement?.id === 'section-progress',
      'focus did not move to the new section',
    );
    await expectAccessibleInThemes(el);
    button(el, 'Back').click();
    await el.updateComplete;
    expect(
      question(el, 'relationship').querySelector<HTMLInputElement>('input:checked')!.value,
    ).to.equal('3');
  });

  it('keeps a draft, and a reload resumes at the first unanswered question', async () => {
    const api = await memoryApi();
    const first = await pulse(api, 'paged');
    await choose(first, 'relationship', 'Excellent');
    await choose(first, 'meeting-as-agreed', 'Yes');
    first.closest('mentor-program')!.remove(); // leaving the page writes the draft at once
    const again = await pulse(api, 'paged');
    expect(again.answers).to.deep.equal({ relationship: 5, 'meeting-as-agreed': true });
    expect(textOf($(again, '[part="progress"]'))).to.contain('Part 2 of 3');
    expect(announced(again)).to.contain('Your unsent answers from');
  });

  it('keeps everything after a failed send, and the retry stores one response with the same key', async () => {
    const api = await memoryApi();
    const keys: string[] = [];
    let failNext = true;
    const original = api.submitSurvey.bind(api);
    api.submitSurvey = async (id: string, body: SubmitSurveyResponse, options?: CreateOptions) => {
      keys.push(options!.idempotencyKey!);
      const result = await original(id, body, options);
      if (failNext) {
        failNext = false;
        throw new NetworkError('connection dropped after the server stored it');
      }
      return result;
    };
    const el = await pulse(api);
    await answerPulse(el);
    button(el, 'Send answers').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
    expect(textOf($(el, '[part="error"] [role="alert"]'))).to.contain('offline');
    expect(el.answers.relationship).to.equal(4, 'answers are kept');
    await expectAccessibleInThemes(el);
    button(el, 'Try again').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="answered"]'), 'never sent');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    const mine = await api.getMySurveyResponse(FIXTURE_IDS.pulseSurvey);
    expect(mine.response.answers).to.deep.equal({
      relationship: 4,
      'meeting-as-agreed': true,
      'goal-progress': 4,
      recommend: 9,
    });
    expect(localStorage.length, 'the draft is gone once stored').to.equal(0);
  });

  it('sends once however often Send is pressed, then thanks and shows the answers read-only', async () => {
    const api = await memoryApi({ latencyMs: 150 });
    let calls = 0;
    const original = api.submitSurvey.bind(api);
    api.submitSurvey = (...args) => ((calls += 1), original(...args));
    const el = await pulse(api);
    await answerPulse(el);
    const events: string[] = [];
    el.addEventListener('mentor-survey-submit', (event) => events.push(event.detail.surveyId));
    const send = button(el, 'Send answers');
    send.click();
    send.click();
    await el.updateComplete;
    expect(textOf(button(el, 'Sending'))).to.equal('Sending…');
    button(el, 'Sending').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="answered"]'), 'never sent');
    expect(calls).to.equal(1);
    expect(events).to.deep.equal([FIXTURE_IDS.pulseSurvey]);
    expect(textOf($(el, '[part="answered"]'))).to.contain('Thank you, your answers were sent');
    expect(textOf($(el, '[part="my-answers"]'))).to.contain('Very good (4/5)');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-focus')).to.equal('answered');
    await expectAccessibleInThemes(el);
  });

  it('shows my own answers read-only when I come back after answering', async () => {
    const api = await memoryApi();
    await submitPulseAnswers(api);
    const el = await pulse(api);
    expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
    const mine = textOf($(el, '[part="my-answers"]'));
    expect(mine).to.contain('Travel or time off');
    expect(mine).to.contain('4/10');
    expect(textOf($(el, '[part="answered"]'))).to.contain('You answered on');
    await expectAccessibleInThemes(el);
  });

  it('shows the server’s field errors next to their questions, and keeps the answers', async () => {
    const api = await memoryApi();
    api.submitSurvey = () =>
      Promise.reject(
        problemToError({
          type: 'about:blank',
          title: 'Invalid input',
          status: 422,
          code: 'validation',
          errors: [{ path: 'answers.format', message: 'This question needs an answer.' }],
        }),
      );
    const el = await pulse(api);
    await answerPulse(el);
    button(el, 'Send answers').click();
    await waitUntil(() => errorOf(el, 'format') !== '', 'no field error shown');
    expect(errorOf(el, 'format')).to.equal('This question needs an answer.');
    expect(
      el.shadowRoot!.activeElement?.closest('[data-question]')?.getAttribute('data-question'),
    ).to.equal('format');
    expect(el.answers.relationship).to.equal(4);
    await choose(el, 'format', 'Chat');
    expect(errorOf(el, 'format'), 'answering clears it').to.equal('');
  });
});
