import { expect, fixture, html } from '@open-wc/testing';
import { emit } from '../../../src/core/events.js';
import type { MentorProfile } from '../../../src/contract/index.js';

const mentor = { id: 'm-1', name: 'Ana Ruiz' } as MentorProfile;

describe('emit()', () => {
  it('reaches listeners outside the shadow roots it starts in, with its typed detail', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><section id="outer"></section></div>`);
    const outer = page.querySelector('#outer')!;
    const outerRoot = outer.attachShadow({ mode: 'open' });
    outerRoot.innerHTML = '<div id="inner"></div>';
    const innerRoot = outerRoot.querySelector('#inner')!.attachShadow({ mode: 'open' });
    innerRoot.innerHTML = '<button>Request</button>';
    const button = innerRoot.querySelector('button')!;

    const seen: { detail: { mentor: MentorProfile }; target: EventTarget | null }[] = [];
    page.addEventListener('mentor-select', (event) =>
      seen.push({ detail: event.detail, target: event.target }),
    );

    emit(button, 'mentor-select', { mentor });
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.mentor.name).to.equal('Ana Ruiz');
    expect(seen[0]!.target, 'retargeted to the outermost host').to.equal(outer);
  });

  it('lets the host veto a cancelable event', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><span></span></div>`);
    const source = page.querySelector('span')!;
    const veto = (event: Event) => event.preventDefault();
    page.addEventListener('mentor-request-start', veto);
    expect(emit(source, 'mentor-request-start', { mentor }, { cancelable: true })).to.equal(false);
    page.removeEventListener('mentor-request-start', veto);
    expect(emit(source, 'mentor-request-start', { mentor }, { cancelable: true })).to.equal(true);
  });

  it('cannot be vetoed when not cancelable', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><span></span></div>`);
    page.addEventListener('mentor-select', (event) => event.preventDefault());
    expect(emit(page.querySelector('span')!, 'mentor-select', { mentor })).to.equal(true);
  });
});
