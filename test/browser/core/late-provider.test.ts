// A page may load a widget's script before <mentor-program>'s: the widget must still find it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { apiFor } from './fixtures.js';
import type { MentorProgram } from '../../../src/components/program/program.component.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('widget upgraded before its <mentor-program>', () => {
  it('shows the provider data once mentor-program is defined', async () => {
    const program = await fixture<HTMLElement>(
      html`<mentor-program><test-whoami></test-whoami></mentor-program>`,
    );
    const el = program.querySelector('test-whoami')!;
    await el.updateComplete;
    expect(customElements.get('mentor-program')).to.equal(undefined);
    expect(text(el)).to.contain('No API configured');

    (program as MentorProgram).api = apiFor('Late Provider');
    await import('../../../src/components/program/define.js');
    await waitUntil(() => text(el).includes('Late Provider'), 'widget never found the provider');
  });
});
