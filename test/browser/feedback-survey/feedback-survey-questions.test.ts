// Every question type: how it is asked, used with the keyboard, checked, and what it sends.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  button,
  choose,
  errorOf,
  expectAccessibleInThemes,
  memoryApi,
  pulse,
  question,
  questionIds,
  renderSurvey,
  textOf,
  type,
} from './helpers.js';

describe('<mentor-feedback-survey> questions', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear()); // no draft from an earlier test

  it('asks every question type, each choice-like one as a named radio group', async () => {
    const el = await pulse(await memoryApi());
    expect(questionIds(el)).to.deep.equal([
      'relationship',
      'meeting-as-agreed',
      'goal-progress',
      'format',
      'topics',
      'recommend',
      'one-word',
      'what-would-help',
    ]);
    const rating = question(el, 'relationship');
    expect(rating.localName).to.equal('fieldset');
    expect(textOf(rating.querySelector('legend')!)).to.contain(
      'How would you rate your mentoring relationship? (required)',
    );
    const radios = [...rating.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => textOf(radio.closest('label')!))).to.deep.equal([
      'Poor',
      'Fair',
      'Good',
      'Very good',
      'Excellent',
    ]);
    const nps = [...question(el, 'recommend').querySelectorAll('label.choice')].map(textOf);
    expect(nps).to.have.length(11);
    expect(nps[0]).to.equal('0 , Not at all likely');
    expect(nps[10]).to.equal('10 , Extremely likely');
    expect(textOf(question(el, 'topics'))).to.contain('Choose up to 3.');
    await expectAccessibleInThemes(el);
  });

  it('moves and chooses with the arrow keys inside a radio group', async () => {
    const el = await pulse(await memoryApi());
    const radios = [
      ...question(el, 'goal-progress').querySelectorAll<HTMLInputElement>('input[type="radio"]'),
    ];
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radios[2]!.checked).to.equal(true);
    expect(el.answers['goal-progress']).to.equal(3);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.answers['goal-progress']).to.equal(2);
  });

  it('keeps yes/no, single and multiple choice answers as values, in the options’ order', async () => {
    const el = await pulse(await memoryApi());
    const changes: string[] = [];
    el.addEventListener('mentor-survey-change', (event) =>
      changes.push(`${event.detail.questionId}:${JSON.stringify(event.detail.answers)}`),
    );
    await choose(el, 'meeting-as-agreed', 'Yes');
    expect(changes).to.deep.equal(['meeting-as-agreed:{"meeting-as-agreed":true}']);
    await choose(el, 'format', 'In person');
    await choose(el, 'topics', 'Leadership');
    await choose(el, 'topics', 'Career path');
    expect(el.answers).to.deep.equal({
      'meeting-as-agreed': true,
      format: 'in-person',
      topics: ['career', 'leadership'],
    });
    await choose(el, 'topics', 'Career path'); // unticking
    expect(el.answers.topics).to.deep.equal(['leadership']);
  });

  it('says at once when too many options are ticked', async () => {
    const el = await pulse(await memoryApi());
    for (const label of ['Career path', 'Skills', 'Leadership', 'Network'])
      await choose(el, 'topics', label);
    expect(errorOf(el, 'topics')).to.equal('Choose at most 3.');
    const box = question(el, 'topics').querySelector('input')!;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.getAttribute('aria-describedby')).to.contain('q-topics-error');
    await expectAccessibleInThemes(el);
  });

  it('counts characters left and flags text over the limit after the person leaves it', async () => {
    const el = await pulse(await memoryApi());
    await type(el, 'one-word', 'Encouraging');
    expect(textOf(question(el, 'one-word'))).to.contain('29 characters left');
    await type(el, 'one-word', 'x'.repeat(45));
    expect(errorOf(el, 'one-word')).to.equal('', 'no message while typing');
    question(el, 'recommend').querySelector('input')!.focus();
    await el.updateComplete;
    expect(errorOf(el, 'one-word')).to.equal('Write at most 40 characters.');
    const input = question(el, 'one-word').querySelector('input')!;
    expect(input.value).to.have.length(45, 'nothing typed is cut off');
  });

  it('on send, shows every missing answer next to its question, announces and focuses the first', async () => {
    const api = await memoryApi();
    let sent = 0;
    const original = api.submitSurvey.bind(api);
    api.submitSurvey = (...args) => ((sent += 1), original(...args));
    const el = await pulse(api);
    await choose(el, 'relationship', 'Good');
    button(el, 'Send answers').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(sent).to.equal(0, 'nothing is sent while answers are missing');
    expect(errorOf(el, 'relationship')).to.equal('');
    for (const id of ['meeting-as-agreed', 'goal-progress', 'recommend'])
      expect(errorOf(el, id)).to.equal('Answer this question.');
    expect(errorOf(el, 'format')).to.equal('', 'optional questions may stay empty');
    expect(textOf($(el, '.survey > [role="status"]'))).to.equal('3 questions need attention.');
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(focused.closest('[data-question]')!.getAttribute('data-question')).to.equal(
      'meeting-as-agreed',
    );
    await expectAccessibleInThemes(el);
  });

  it('renders an inline definition with labelled NPS ends and text limits', async () => {
    const definition = {
      title: 'After the workshop',
      questions: [
        {
          id: 'useful',
          type: 'rating',
          label: 'How useful was it?',
          help: 'Think of the last two hours.',
          required: true,
          scale: 4,
          lowLabel: 'Not useful',
          highLabel: 'Very useful',
        },
        {
          id: 'story',
          type: 'long-text',
          label: 'Tell us more',
          help: null,
          required: false,
          minLength: 10,
          maxLength: 200,
        },
      ],
    };
    const el = await renderSurvey(
      html`<mentor-feedback-survey
        definition=${JSON.stringify(definition)}
      ></mentor-feedback-survey>`,
      await memoryApi(),
    );
    expect(textOf($(el, 'h2'))).to.equal('After the workshop');
    expect([...question(el, 'useful').querySelectorAll('label.choice')].map(textOf)).to.deep.equal([
      '1 , Not useful',
      '2',
      '3',
      '4 , Very useful',
    ]);
    await type(el, 'story', 'Short');
    question(el, 'useful').querySelector('input')!.focus();
    await el.updateComplete;
    expect(errorOf(el, 'story')).to.equal('Write at least 10 characters.');
  });

  it('says clearly when an inline definition is broken', async () => {
    const el = await renderSurvey(
      html`<mentor-feedback-survey
        definition='{"title": "Oops", "questions": []}'
      ></mentor-feedback-survey>`,
      await memoryApi(),
    );
    expect(textOf($(el, '[role="alert"]'))).to.contain('This survey cannot be shown');
  });
});
