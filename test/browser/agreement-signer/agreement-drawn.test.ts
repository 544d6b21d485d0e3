import { expect, waitUntil } from '@open-wc/testing';
import type { MentorAgreementSigner } from '../../../src/components/agreement-signer/agreement-signer.component.js';
import type { MentorSignaturePad } from '../../../src/components/agreement-signer/signature-pad.component.js';
import type { SignAgreement } from '../../../src/contract/index.js';
import { useDarkPage } from '../support/theme.js';
import {
  $,
  AGREEMENT,
  memoryApi,
  PRIYA,
  settle,
  signer,
  spy,
  status,
  textOf,
  type,
} from './helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function chooseDrawn(el: MentorAgreementSigner): Promise<MentorSignaturePad> {
  const radio = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="method"]')].find(
    (r) => r.value === 'drawn',
  )!;
  radio.click();
  await waitUntil(() => el.shadowRoot!.querySelector('mentor-signature-pad'), 'the pad loads');
  const pad = $<MentorSignaturePad>(el, 'mentor-signature-pad');
  await pad.updateComplete;
  await pause(50); // first ResizeObserver round
  return pad;
}

/** A stroke the way a browser reports one: pointer down, moves, up (mouse or finger). */
async function stroke(
  pad: MentorSignaturePad,
  points: [number, number][],
  pointerType: 'mouse' | 'touch',
) {
  const canvas = pad.shadowRoot!.querySelector('canvas')!;
  const box = canvas.getBoundingClientRect();
  const event = (kind: string, [x, y]: [number, number], buttons: number) =>
    new PointerEvent(kind, {
      clientX: box.left + x,
      clientY: box.top + y,
      buttons,
      pointerId: pointerType === 'touch' ? 7 : 1,
      pointerType,
      isPrimary: true,
      pressure: buttons ? 0.5 : 0,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  const [first, ...rest] = points;
  const down = event('pointerdown', first!, 1);
  canvas.dispatchEvent(down);
  for (const point of rest) {
    await pause(20); // slower than signature_pad's 16 ms throttle, like a real hand
    canvas.dispatchEvent(event('pointermove', point, 1));
  }
  canvas.dispatchEvent(event('pointerup', rest.at(-1) ?? first!, 0));
  await pause(20);
  return down;
}

const zigzag: [number, number][] = [
  [20, 60],
  [50, 20],
  [80, 70],
  [110, 25],
  [140, 65],
  [170, 30],
];
const loop: [number, number][] = [
  [200, 50],
  [230, 30],
  [260, 55],
  [235, 75],
  [205, 60],
];

describe('<mentor-agreement-signer> drawn signature', () => {
  let restoreRatio: (() => void) | undefined;
  afterEach(() => restoreRatio?.());

  function devicePixelRatio(ratio: number) {
    Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
    restoreRatio = () => delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }

  it('loads the pad only when drawing is chosen, draws sharp on a 2x screen and keeps strokes across a resize', async () => {
    devicePixelRatio(2);
    const api = await memoryApi();
    const el = await signer(api);
    expect(el.shadowRoot!.querySelector('mentor-signature-pad')).to.equal(null);
    expect(customElements.get('mentor-signature-pad'), 'not loaded up front').to.equal(undefined);
    const pad = await chooseDrawn(el);
    const canvas = pad.shadowRoot!.querySelector('canvas')!;
    expect(getComputedStyle(canvas).touchAction).to.equal('none');
    expect(canvas.width).to.equal(Math.round(canvas.offsetWidth * 2));
    expect(canvas.height).to.equal(Math.round(canvas.offsetHeight * 2));

    await stroke(pad, zigzag, 'mouse');
    const touch = await stroke(pad, loop, 'touch');
    expect(touch.defaultPrevented, 'a finger on the pad draws instead of scrolling').to.equal(true);
    const drawn = pad.drawing!;
    expect(drawn.strokes).to.have.length(2);
    expect(drawn.strokes[0]![0]![0]).to.be.closeTo(20, 1.5);
    expect(drawn.strokes[0]![0]![1]).to.be.closeTo(60, 1.5);

    const before = canvas.offsetWidth;
    el.style.display = 'block';
    el.style.inlineSize = `${Math.round(before * 0.6)}px`;
    await waitUntil(
      () => canvas.offsetWidth < before && canvas.width === Math.round(canvas.offsetWidth * 2),
      'canvas resized',
    );
    await pause(50);
    const resized = pad.drawing!;
    expect(resized.strokes, 'strokes kept').to.have.length(2);
    const scale = canvas.offsetWidth / before;
    expect(resized.strokes[0]![0]![0]).to.be.closeTo(20 * scale, 1.5);
    expect(resized.width).to.equal(Math.round(canvas.offsetWidth));
    await expect(el).to.be.accessible();

    const calls = spy(api, 'signAgreement');
    $<HTMLInputElement>(el, '#consent').click();
    type(el, '#typedName', 'Ana Souza');
    $<HTMLButtonElement>(el, '[part="sign-button"]').click();
    await waitUntil(() => calls.length === 1 && status(el) === 'Signed by both: active', 'signed');
    const input = calls[0]![1] as SignAgreement;
    expect(input.method).to.equal('drawn');
    expect(input.drawing!.strokes).to.have.length(2);
    const stored = (await api.getAgreement(AGREEMENT)).signatures.find(
      (s) => s.personId === 'ana-souza',
    )!;
    expect(stored.method).to.equal('drawn');
    expect(stored.drawing).to.deep.equal(input.drawing);
  });

  it('never submits an empty or emptied pad', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    const calls = spy(api, 'signAgreement');
    const pad = await chooseDrawn(el);
    $<HTMLInputElement>(el, '#consent').click();
    type(el, '#typedName', 'Ana Souza');
    $<HTMLButtonElement>(el, '[part="sign-button"]').click();
    await settle(el);
    expect(calls).to.have.length(0);
    expect(textOf(el.shadowRoot!)).to.contain('Draw your signature in the box');
    expect(pad.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await stroke(pad, zigzag, 'mouse');
    expect(pad.drawing).not.to.equal(null);
    [...pad.shadowRoot!.querySelectorAll('button')]
      .find((b) => textOf(b).includes('Clear'))!
      .click();
    await settle(el);
    expect(pad.drawing).to.equal(null);
    $<HTMLButtonElement>(el, '[part="sign-button"]').click();
    await settle(el);
    expect(calls, 'an emptied pad is no signature').to.have.length(0);
  });

  it('keeps the drawing on screen (and the one it sends) when a stale version reloads', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    const pad = await chooseDrawn(el);
    await stroke(pad, zigzag, 'mouse');
    const drawn = pad.drawing!;
    const priya = api.as(PRIYA);
    const current = await priya.getAgreement(AGREEMENT);
    await priya.updateAgreement(
      AGREEMENT,
      { sections: current.sections.map((s) => ({ ...s, body: `${s.body} Weekly.` })) },
      { version: current.version },
    );
    const calls = spy(api, 'signAgreement');
    $<HTMLInputElement>(el, '#consent').click();
    type(el, '#typedName', 'Ana Souza');
    $<HTMLButtonElement>(el, '[part="sign-button"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale-signature"]'), 'refused');
    await settle(el);
    // What the person drew is still what they see, so signing again sends what is on screen.
    const shown = $<MentorSignaturePad>(el, 'mentor-signature-pad');
    expect(shown.drawing, 'the drawing is still on the pad').to.deep.equal(drawn);
    expect($<HTMLInputElement>(el, '#typedName').value).to.equal('Ana Souza');
    $<HTMLButtonElement>(el, '[part="sign-button"]').click();
    await waitUntil(() => calls.length === 2 && !textOf(el.shadowRoot!).includes('Signing…'));
    expect((calls[1]![1] as SignAgreement).drawing).to.deep.equal(drawn);
    expect((calls[1]![1] as SignAgreement).version).to.equal(current.version + 1);
  });

  it('is accessible in the dark theme', async () => {
    const restore = useDarkPage();
    try {
      const el = await signer(await memoryApi());
      await chooseDrawn(el);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });
});
