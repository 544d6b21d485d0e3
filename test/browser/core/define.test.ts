// Guarded registration (src/core/define.ts): a page that loads the kit twice keeps working and
// the page owner is told which two versions met. The built package is tested the same way with
// two real copies in examples/ (npm run test:examples).
import { expect } from '@open-wc/testing';
import { defineElement } from '../../../src/core/define.js';
import { kitVersion } from '../../../src/core/generated/version.js';

/** Captures console.warn while `run` runs. */
function warnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

let counter = 0;
const freshTag = () => `mentor-define-test-${++counter}`;

describe('defineElement', () => {
  it('registers a tag the first time, silently', () => {
    const tag = freshTag();
    class First extends HTMLElement {}
    expect(warnings(() => defineElement(tag, First))).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
    expect(document.createElement(tag)).to.be.instanceOf(First);
  });

  it('does nothing when the same copy registers the same class again', () => {
    const tag = freshTag();
    class Same extends HTMLElement {}
    defineElement(tag, Same);
    expect(warnings(() => defineElement(tag, Same))).to.deep.equal([]);
  });

  it('keeps the first copy, does not throw, and warns naming both versions', () => {
    const [a, b] = [freshTag(), freshTag()];
    class OldA extends HTMLElement {}
    class OldB extends HTMLElement {}
    class NewA extends HTMLElement {}
    class NewB extends HTMLElement {}
    defineElement(a, OldA, '0.0.9');
    defineElement(b, OldB, '0.0.9');
    const seen = warnings(() => {
      defineElement(a, NewA, kitVersion);
      defineElement(b, NewB, kitVersion);
    });
    expect(customElements.get(a)).to.equal(OldA);
    expect(customElements.get(b)).to.equal(OldB);
    // One warning for the clash of copies, not one per tag.
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain(`mentorkit ${kitVersion}:`).and.contain('mentorkit 0.0.9');
    expect(seen[0]).to.contain(`<${a}>`);
  });

  it('names a tag taken by something that is not the kit', () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    const seen = warnings(() => defineElement(tag, class extends HTMLElement {}));
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('not mentorkit');
  });

  it('bakes the package version into the build', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(kitVersion).to.equal(pkg.version);
  });
});
