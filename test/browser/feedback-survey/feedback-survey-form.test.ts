// Inside an LMS page's <form>: the answers are form data (`<name>.<questionId>`), validity
// blocks submit, reset clears, a disabled fieldset disables, back/forward restores.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MentorFeedbackSurvey } from '../../../src/components/feedback-survey/feedback-survey.component.js';
import { lmsSurvey } from './form-page/definition.js';
import { choose, errorOf, expectAccessibleInThemes, question, settled, type } from './helpers.js';

async function courseForm() {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <fieldset>
        <mentor-feedback-survey
          name="course"
          definition=${JSON.stringify(lmsSurvey)}
        ></mentor-feedback-survey>
      </fieldset>
      <button>Save</button>
    </form>`,
  );
  const survey = form.querySelector('mentor-feedback-survey')!;
  await settled(survey);
  return { form, survey };
}

const entries = (form: HTMLFormElement) =>
  [...new FormData(form).entries()].map(([key, value]) => `${key}=${String(value)}`);

describe('<mentor-feedback-survey> in a host form', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  it('is part of the form data, one entry per answer', async () => {
    const { form, survey } = await courseForm();
    expect(survey.form).to.equal(form);
    expect(
      survey.shadowRoot!.querySelector('[part="submit-button"]'),
      'the form sends it',
    ).to.equal(null);
    await choose(survey, 'useful', '4');
    await choose(survey, 'again', 'No');
    await choose(survey, 'parts', 'Videos');
    await choose(survey, 'parts', 'Mentor sessions');
    await type(survey, 'word', 'Practical');
    expect(entries(form)).to.deep.equal([
      'course.useful=4',
      'course.again=no',
      'course.parts=videos',
      'course.parts=mentor',
      'course.word=Practical',
    ]);
    await expectAccessibleInThemes(survey);
  });

  it('blocks the form while a required question is unanswered, and points at it', async () => {
    const { form, survey } = await courseForm();
    expect(form.checkValidity()).to.equal(false);
    expect(survey.validity.valueMissing).to.equal(true);
    expect(survey.validationMessage).to.equal('Answer the 2 survey questions that need attention.');
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    const invalid = oneEvent(survey, 'invalid');
    form.requestSubmit();
    await invalid;
    await survey.updateComplete;
    expect(submitted).to.equal(false);
    expect(errorOf(survey, 'useful')).to.equal('Answer this question.');
    await waitUntil(
      () =>
        survey.shadowRoot!.activeElement?.closest('[data-question]') === question(survey, 'useful'),
      'focus never reached the first question',
    );
    await choose(survey, 'useful', '5');
    await choose(survey, 'again', 'Yes');
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('is cleared by a form reset and disabled with its fieldset', async () => {
    const { form, survey } = await courseForm();
    await choose(survey, 'useful', '2');
    form.reset();
    await survey.updateComplete;
    expect(survey.answers).to.deep.equal({});
    expect(question(survey, 'useful').querySelector<HTMLInputElement>('input:checked')).to.equal(
      null,
    );
    expect(errorOf(survey, 'useful'), 'a reset is not a mistake').to.equal('');

    form.querySelector('fieldset')!.disabled = true;
    await survey.updateComplete;
    const inputs = [...survey.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.length).to.be.greaterThan(5);
    expect(inputs.every((input) => input.disabled)).to.equal(true);
    await expectAccessibleInThemes(survey);
    form.querySelector('fieldset')!.disabled = false;
    await survey.updateComplete;
    expect(inputs.some((input) => input.disabled)).to.equal(false);
  });

  it('gets its answers back when the person returns with the back button', async () => {
    const frame = document.createElement('iframe');
    const page = new URL('./form-page/index.html', import.meta.url).href;
    const loaded = () =>
      new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const widget = async () => {
      await waitUntil(
        () =>
          frame.contentDocument
            ?.querySelector('mentor-feedback-survey')
            ?.shadowRoot?.querySelector('fieldset'),
        'page never loaded',
        { timeout: 5000 },
      );
      const found = frame.contentDocument!.querySelector(
        'mentor-feedback-survey',
      ) as MentorFeedbackSurvey;
      await found.updateComplete;
      return found;
    };
    let load = loaded();
    frame.src = page;
    document.body.append(frame);
    try {
      await load;
      const first = await widget();
      await choose(first, 'useful', '3');
      await choose(first, 'again', 'Yes');
      await new Promise((resolve) => setTimeout(resolve));
      load = loaded();
      frame.contentWindow!.location.href = `${page}?next`;
      await load;
      localStorage.clear(); // no draft: what comes back is the browser's own restore
      load = loaded();
      frame.contentWindow!.history.back();
      await load;
      const restored = await widget();
      await waitUntil(
        () => restored.answers.useful === 3,
        'the browser never restored the answers',
      );
      expect(restored.answers).to.deep.equal({ useful: 3, again: true });
      expect(new FormData(restored.form!).get('course.again')).to.equal('yes');
    } finally {
      frame.remove();
    }
  });
});
