// Goals per framework: what is shown, the form and its validation, creating against the memory API.
import { expect, oneEvent } from '@open-wc/testing';
import {
  $,
  $$,
  button,
  card,
  errorOf,
  goalTitles,
  memoryApi,
  MENTORSHIP,
  root,
  settle,
  textOf,
  tracker,
  type,
} from './helpers.js';

describe('<mentor-goal-tracker> goals', function () {
  this.timeout(30_000);

  it('shows each goal with its framework, status, due date and an accessible progress bar', async () => {
    const el = await tracker();
    expect(goalTitles(el)).to.have.length(3);
    const okr = card(el, 'design system the default');
    expect(textOf(okr)).to.contain('OKR');
    const bar = okr.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('35');
    expect(bar.getAttribute('aria-valuetext')).to.equal('35%, from 3 key results');
    expect(bar.getAttribute('aria-labelledby')).to.equal(okr.querySelector('.goal-title')!.id);
    const smart = card(el, 'Present the design system roadmap');
    expect(smart.querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal(
      '33%, 1 of 3 milestones done',
    );
    expect(textOf(smart)).to.contain('On track');
    expect(textOf(smart)).to.match(/Due Jan 14, 2027/);
    await expect(el).to.be.accessible();
  });

  it('validates a SMART goal field by field before sending, then creates it', async () => {
    const api = await memoryApi();
    const el = await tracker({ api });
    button(el, 'Add goal').click();
    await el.updateComplete;
    expect(textOf($(el, '[part="framework-help"]'))).to.contain('Specific, measurable');
    root(el).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
    await settle(el);
    expect(errorOf(el, 'title')).to.equal('Give the goal a title.');
    expect(errorOf(el, 'criteria.measurable')).to.equal('Say how you will measure success.');
    expect(errorOf(el, 'dueDate')).to.equal('A SMART goal is time-bound: give it a due date.');
    expect($(el, '#f-title').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await type(el, 'title', 'Lead two sprint reviews by March');
    await type(el, 'criteria.measurable', 'Two reviews led, feedback after each.');
    await type(el, 'dueDate', '2027-03-31');
    const event = oneEvent(el, 'mentor-goal-change');
    root(el).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
    const { detail } = await event;
    expect(detail.change).to.equal('created');
    await settle(el);
    expect(goalTitles(el)).to.include('Lead two sprint reviews by March');
    const stored = (await api.listGoals(MENTORSHIP)).items.find((g) => g.id === detail.goal.id)!;
    expect([stored.framework, stored.dueDate, stored.criteria.measurable]).to.deep.equal([
      'SMART',
      '2027-03-31',
      'Two reviews led, feedback after each.',
    ]);
  });

  it('asks a REAL goal what it will learn, and an OKR for sound key results', async () => {
    const el = await tracker();
    button(el, 'Add goal').click();
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('input[value="REAL"]')!.click();
    await el.updateComplete;
    expect(textOf($(el, '[part="framework-help"]'))).to.contain('trend memo');
    await type(el, 'title', 'Think more strategically');
    root(el).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
    await settle(el);
    expect(errorOf(el, 'criteria.learning')).to.equal('Say what you want to learn.');

    root(el).querySelector<HTMLInputElement>('input[value="OKR"]')!.click();
    await el.updateComplete;
    expect($(el, 'label[for="f-title"]').textContent).to.equal('Objective');
    await type(el, 'keyResults.0.title', 'Open tickets');
    await type(el, 'keyResults.0.start', '200');
    await type(el, 'keyResults.0.target', '200');
    root(el).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
    await settle(el);
    expect(errorOf(el, 'keyResults.0.target')).to.equal(
      'The target must differ from the start value.',
    );
    await type(el, 'keyResults.0.target', '100');
    await type(el, 'keyResults.0.current', '150');
    root(el).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
    await settle(el);
    const created = card(el, 'Think more strategically');
    expect(created.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal(
      '50',
    );
  });

  it('keeps a half-written goal as a draft across a reload', async () => {
    const api = await memoryApi();
    let el = await tracker({ api });
    button(el, 'Add goal').click();
    await el.updateComplete;
    await type(el, 'title', 'Mentor a new hire');
    el.remove(); // flushes the draft, as leaving the page does
    el = await tracker({ api });
    button(el, 'Add goal').click();
    await settle(el);
    expect(($(el, '#f-title') as HTMLInputElement).value).to.equal('Mentor a new hire');
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect($$(el, 'form.goal-form')).to.have.length(0);
  });
});
