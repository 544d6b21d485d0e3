// The answered view (thank-you, my answers, my partner's) is a lazy part (issue #17): someone
// answering does not download it until they send. (Someone who already answered gets it with the
// survey, and only it: feedback-survey-lazy-answered.test.ts.)
import { expect } from '@open-wc/testing';
import { fetched } from '../support/chunks.js';
import { $, answerPulse, memoryApi, pulse, textOf } from './helpers.js';

const ANSWERED_VIEW = 'feedback-survey/feedback-survey-answered.ts';

describe('<mentor-feedback-survey> lazy answered view', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure

  it('is not downloaded while a person answers, and shows the thanks once sent', async () => {
    const el = await pulse(await memoryApi());
    expect(el.shadowRoot!.querySelector('fieldset')).not.to.equal(null);
    expect(fetched(ANSWERED_VIEW)).to.equal(false);
    await answerPulse(el);
    const sent = await el.submit();
    expect(sent).not.to.equal(null);
    await el.updateComplete;
    expect(fetched(ANSWERED_VIEW)).to.equal(true);
    expect(textOf($(el, '[part="answered"]'))).to.contain('Thank you');
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
  });
});
