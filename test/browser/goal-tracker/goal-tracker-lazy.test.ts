// The goal form is a lazy part (issue #17): its chunk (view and the CreateGoal schema, so zod)
// comes with the goals when they may be edited, so "Add goal" opens the form at once; a
// read-only tracker never downloads it.
import { expect, waitUntil } from '@open-wc/testing';
import { fetched } from '../support/chunks.js';
import { $, button, memoryApi, PERSONAS, tracker } from './helpers.js';

const FORM_PART = 'goal-tracker/goal-form-part.ts';

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
});
