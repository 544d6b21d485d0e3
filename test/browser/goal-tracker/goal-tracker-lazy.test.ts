// The goal form is a lazy part (issue #17): its chunk (view and the CreateGoal schema, so zod)
// comes with the goals when they may be edited, so "Add goal" opens the form at once; a
// read-only tracker never downloads it. The view of the goals (cards, toolbar) comes with the
// goals themselves, behind the skeleton.
import { expect, waitUntil } from '@open-wc/testing';
import { fetched } from '../support/chunks.js';
import {
  $,
  button,
  card,
  goalTitles,
  inCard,
  memoryApi,
  PERSONAS,
  root,
  tracker,
} from './helpers.js';

const FORM_PART = 'goal-tracker/goal-form-part.ts';
const VIEW = 'goal-tracker/goal-tracker-view.ts';

describe('<mentor-goal-tracker> lazy goal form', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure

  it('is not downloaded for a read-only tracker', async () => {
    const el = await tracker({ api: await memoryApi({ userId: PERSONAS.admin }) });
    expect($(el, '[part="readonly-notice"]')).not.to.equal(null);
    expect(fetched(FORM_PART)).to.equal(false);
  });

  it('arrives with the goals of someone who may edit, and opens at once', async () => {
    const api = await memoryApi();
    let creates = 0;
    const create = api.createGoal.bind(api);
    api.createGoal = (...args) => (creates++, create(...args));
    const el = await tracker({ api });
    expect(fetched(FORM_PART)).to.equal(true);
    button(el, 'Add goal').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.goal-form-loading')).to.equal(null);
    expect($(el, 'label[for="f-title"]')).not.to.equal(null);
    // Its schema came with it: an empty goal is refused with messages, and nothing is sent.
    $(el, 'form.goal-form').dispatchEvent(new Event('submit', { cancelable: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('[aria-invalid="true"]'), 'field errors');
    expect(creates).to.equal(0);
  });

  it('shows the goals with their view at once: cards with status and progress, no skeleton', async () => {
    const el = await tracker({ api: await memoryApi({ userId: PERSONAS.admin }) });
    expect(fetched(VIEW)).to.equal(true);
    expect(root(el).querySelector('[part="skeleton"]')).to.equal(null);
    const first = card(el, goalTitles(el)[0]!);
    expect(first.querySelector('[part="status"]')!.textContent!.trim()).not.to.equal('');
    expect(first.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.match(
      /^\d+$/,
    );
  });

  it('focuses the first field of the goal form it opens, for a new goal and for an edit', async () => {
    const el = await tracker({ api: await memoryApi() });
    button(el, 'Add goal').click();
    await waitUntil(
      () => root(el).activeElement?.closest('form.goal-form'),
      'the new goal form does not take the focus',
    );
    expect((root(el).activeElement as HTMLInputElement).name).to.equal('framework');
    button(el, 'Cancel').click();
    await el.updateComplete;
    const title = goalTitles(el)[0]!;
    inCard(card(el, title), 'edit').click();
    await waitUntil(
      () => root(el).activeElement?.closest('form.goal-form'),
      'the edit form does not take the focus',
    );
    expect(root(el).querySelector('#f-title')).to.have.property('value', title);
  });
});
