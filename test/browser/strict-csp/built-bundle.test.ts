// The LMS case end to end: a page of tags plus one script of the kit's self-contained build
// (dist/browser, minified, chunks loaded on demand), talking to the reference server over HTTP,
// under default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for
// 'script' as a response header. The page runs in a frame so it is exactly what a customer writes
// (lms-page/index.html); what its owner would see in the console is recorded by its first script (page-probe.js).
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = { pageProblems: string[] };

/** Visible text through shadow roots (nodes of the frame are not this window's Element). */
function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    const shadow = (current as Element).shadowRoot;
    if (shadow) walk(shadow);
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function deepAll(root: Node, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    found.push(...node.querySelectorAll<HTMLElement>(selector));
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
  };
  walk(((root as Element).shadowRoot ?? root) as ShadowRoot);
  return found;
}

const waitFor = (check: () => unknown, what: string) =>
  waitUntil(check, `never: ${what}`, { timeout: 30_000 });

describe('the self-contained build on an LMS page under a strict CSP with Trusted Types', function () {
  this.timeout(180_000); // the first request builds the bundle

  let frame: HTMLIFrameElement;
  let page: Document;
  let problems: string[];
  before(async () => {
    // Starting the server (seeding the program) takes a while on a shared machine.
    await waitUntil(
      async () => (await fetch('/__server/ready').catch(() => null))?.ok === true,
      'the reference server never became ready',
      { timeout: 100_000, interval: 500 },
    );
    frame = document.createElement('iframe');
    frame.style.setProperty('inline-size', '1000px');
    frame.style.setProperty('block-size', '800px');
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.src = '/test/browser/strict-csp/lms-page/index.html';
    document.body.append(frame);
    await loaded;
    page = frame.contentDocument!;
    problems = (frame.contentWindow as unknown as PageWindow).pageProblems;
  });
  after(() => frame.remove());

  const widget = (tag: string) => page.querySelector(tag)!;
  const shows = async (tag: string, text: string | RegExp) => {
    const matches = () => {
      const shown = textOf(widget(tag));
      return typeof text === 'string' ? shown.includes(text) : text.test(shown);
    };
    await waitUntil(matches, undefined, { timeout: 30_000 }).catch(() => {
      const shown = textOf(widget(tag)).slice(-400);
      throw new Error(
        `<${tag}> never showed ${String(text)}; it shows "${shown}"; page: ${problems.join(' | ')}`,
      );
    });
  };

  it('is under that policy', async () => {
    const response = await fetch(frame.src);
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
  });

  it('shows every widget with the server’s data, nothing reported', async () => {
    await shows('mentor-directory', /\d+ mentors found/);
    await shows('mentor-match-request', 'Priya Nair'); // Ana's accepted request (seeded)
    await shows('mentor-agreement-signer', /version \d/i);
    await shows('mentor-goal-tracker', 'Present the design system roadmap');
    await shows('mentor-feedback-survey', /Send answers|your answers were sent/);
    expect(problems.join('\n'), 'reported on the page').to.equal('');
  });

  it('loads the profile dialog and the Spanish and Arabic catalogues on demand, nothing reported', async () => {
    const card = () => deepAll(widget('mentor-directory'), 'mentor-card')[0];
    await waitFor(card, 'a card');
    const profile = deepAll(card()!, 'button').find((b) => textOf(b).includes('View profile'))!;
    profile.click();
    await waitFor(
      () =>
        deepAll(widget('mentor-directory'), 'dialog').some((d) => (d as HTMLDialogElement).open),
      'the profile dialog opened',
    );
    deepAll(widget('mentor-directory'), 'dialog button')
      .find((b) => textOf(b) === 'Close')!
      .click();

    const program = widget('mentor-program') as HTMLElement & { locale: string };
    program.locale = 'es';
    await shows('mentor-directory', /Se encontraron \d+ mentores/);
    await shows('mentor-goal-tracker', 'Añadir objetivo');
    program.locale = 'ar';
    await shows('mentor-goal-tracker', 'إضافة هدف');
    expect(problems.join('\n'), 'reported on the page').to.equal('');
  });
});
