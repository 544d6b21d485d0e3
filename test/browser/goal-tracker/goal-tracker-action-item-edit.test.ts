// Editing an action item's text, owner and due date where it is listed (the open items and the
// recap form's review): keyboard only, checked before sending, optimistic with rollback, the
// version seen sent along, a partner's change (412) shown without losing the typed text, and a
// draft that survives a reload.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryMentoringApi } from '../../../src/memory/memory-api.js';
import type { MentorGoalTracker } from '../../../src/components/goal-tracker/goal-tracker.component.js';
import { PERSONAS } from '../../../src/fixtures/index.js';
import { expectAccessibleInThemes } from '../support/a11y.js';
import {
  $,
  button,
  errorOf,
  MENTORSHIP,
  programData,
  root,
  saved,
  textOf,
  tracker,
  type,
} from './helpers.js';

const ITEM = 'Collect adoption numbers from analytics';

const openList = (el: MentorGoalTracker) => $(el, '[aria-labelledby="items-title"]');
const row = (scope: Element, text: string) => {
  const found = [...scope.querySelectorAll<HTMLElement>('li[data-item-id]')].find((li) =>
    textOf(li).includes(text),
  );
  if (!found) throw new Error(`No action item "${text}"`);
  return found;
};

async function api(failureRate = 0) {
  const options = { userId: PERSONAS.mentee, data: await programData(), failureRate };
  return { options, api: new MemoryMentoringApi(options) };
}

async function openEditor(el: MentorGoalTracker, scope: Element, text: string) {
  const li = row(scope, text);
  const id = li.dataset['itemId']!;
  li.querySelector<HTMLButtonElement>('[data-action="edit-item"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => scope.querySelector('[part="action-item-editor"]'), 'no editor');
  await el.updateComplete;
  return id;
}

const stored = async (memory: MemoryMentoringApi, id: string) =>
  (await memory.listActionItems(MENTORSHIP, { status: 'all' })).items.find((i) => i.id === id)!;

describe('<mentor-goal-tracker> editing action items', function () {
  this.timeout(40_000);
  // Drafts are per user and mentorship: each test starts without one.
  beforeEach(() => localStorage.clear());

  it('edits text, owner and due date with the keyboard, sending the version seen', async () => {
    const { api: memory } = await api();
    const el = await tracker({ api: memory });
    const id = await openEditor(el, openList(el), ITEM);
    const prefix = `open-item-${id}`;
    const text = root(el).querySelector<HTMLInputElement>(`[data-path="${prefix}.text"]`)!;
    expect(root(el).activeElement, 'focus moves into the editor').to.equal(text);
    await expectAccessibleInThemes(el);
    const before = await stored(memory, id);

    await type(el, `${prefix}.text`, 'Collect adoption numbers for the last two quarters');
    const owner = root(el).querySelector<HTMLSelectElement>(`[data-path="${prefix}.owner"]`)!;
    owner.value = 'mentor';
    owner.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await type(el, `${prefix}.dueDate`, '2026-12-09');
    const changed = oneEvent(el, 'mentor-action-item-change');
    text.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(textOf(openList(el)), 'shown at once').to.contain('for the last two quarters');
    const { item } = (await changed).detail;
    expect([item.text, item.owner, item.dueDate]).to.deep.equal([
      'Collect adoption numbers for the last two quarters',
      'mentor',
      '2026-12-09',
    ]);
    expect(item.version).to.equal(before.version + 1);
    await saved(el);
    expect(textOf($(el, '.tracker > [role="status"]'))).to.contain('Action item saved.');
    expect(textOf(row(openList(el), 'last two quarters'))).to.contain('Mentor');
    expect((await stored(memory, id)).text).to.equal(item.text);
  });

  it('refuses an empty text before sending, and Escape cancels without saving', async () => {
    const { api: memory } = await api();
    const el = await tracker({ api: memory });
    const id = await openEditor(el, openList(el), ITEM);
    const prefix = `open-item-${id}`;
    await type(el, `${prefix}.text`, '   ');
    root(el)
      .querySelector<HTMLButtonElement>('[part="action-item-editor"] [type="submit"]')!
      .click();
    await el.updateComplete;
    expect(errorOf(el, `${prefix}.text`)).to.equal('Write what needs doing.');
    await expectAccessibleInThemes(el);
    expect((await stored(memory, id)).text).to.equal(ITEM, 'nothing sent');

    root(el).querySelector<HTMLInputElement>(`[data-path="${prefix}.text"]`)!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[part="action-item-editor"]')).to.equal(null);
    expect(root(el).activeElement?.getAttribute('data-action')).to.equal('edit-item');
    expect(textOf(openList(el))).to.contain(ITEM);
  });

  it('rolls back a failed save, says so, and opens the editor again with the text typed', async () => {
    const { options, api: memory } = await api();
    const el = await tracker({ api: memory });
    const id = await openEditor(el, openList(el), ITEM);
    const prefix = `open-item-${id}`;
    await type(el, `${prefix}.text`, 'Collect numbers from the analytics team');
    options.failureRate = 1;
    root(el)
      .querySelector<HTMLButtonElement>('[part="action-item-editor"] [type="submit"]')!
      .click();
    expect(await saved(el)).to.contain('Could not save');
    await waitUntil(() => openList(el).querySelector('[part="action-item-editor"]'), 'closed');
    const input = root(el).querySelector<HTMLInputElement>(`[data-path="${prefix}.text"]`)!;
    expect(input.value).to.equal('Collect numbers from the analytics team');
    expect(textOf($(el, '[part="action-item-editor"] [role="alert"]'))).to.not.equal('');
    await expectAccessibleInThemes(el);
    options.failureRate = 0;
    expect((await stored(memory, id)).text).to.equal(ITEM);
  });

  it('keeps the typed text when the partner changed the item meanwhile (412)', async () => {
    const { api: memory } = await api();
    const el = await tracker({ api: memory });
    const id = await openEditor(el, openList(el), ITEM);
    const prefix = `open-item-${id}`;
    await type(el, `${prefix}.text`, 'Collect adoption numbers, by team');
    const theirs = await stored(memory, id);
    await memory
      .as(PERSONAS.partnerMentor)
      .updateActionItem(id, { dueDate: '2026-12-20' }, { version: theirs.version });
    root(el)
      .querySelector<HTMLButtonElement>('[part="action-item-editor"] [type="submit"]')!
      .click();
    await waitUntil(
      () =>
        root(el)
          .querySelector('[part="action-item-editor"] [role="alert"]')
          ?.textContent?.includes('changed'),
      'no conflict message',
    );
    const input = root(el).querySelector<HTMLInputElement>(`[data-path="${prefix}.text"]`)!;
    expect(input.value).to.equal('Collect adoption numbers, by team');
    await expectAccessibleInThemes(el);

    const changed = oneEvent(el, 'mentor-action-item-change');
    root(el)
      .querySelector<HTMLButtonElement>('[part="action-item-editor"] [type="submit"]')!
      .click();
    const { item } = (await changed).detail;
    expect([item.text, item.dueDate]).to.deep.equal([
      'Collect adoption numbers, by team',
      '2026-12-20',
    ]);
  });

  it('keeps an unsaved edit as a draft across a reload', async () => {
    const { api: memory } = await api();
    const first = await tracker({ api: memory });
    const id = await openEditor(first, openList(first), ITEM);
    await type(first, `open-item-${id}.text`, 'Collect adoption numbers (draft)');
    first.remove(); // the page goes away before saving
    const el = await tracker({ api: memory });
    await waitUntil(() => root(el).querySelector('[part="action-item-editor"]'), 'no draft');
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>(`[data-path="open-item-${id}.text"]`)!;
    expect(input.value).to.equal('Collect adoption numbers (draft)');
    root(el)
      .querySelector<HTMLButtonElement>('[part="action-item-editor"] [type="submit"]')!
      .click();
    await saved(el);
    expect((await stored(memory, id)).text).to.equal('Collect adoption numbers (draft)');
  });

  it('edits an item from the recap form’s review list too', async () => {
    const { api: memory } = await api();
    const el = await tracker({ api: memory });
    button(el, 'Record a session').click();
    await waitUntil(() => root(el).querySelector('[part="recap-form"]'), 'no recap form');
    await el.updateComplete;
    const review = $(el, '[part="recap-form"] [part="action-items"]');
    const id = await openEditor(el, review, ITEM);
    await type(el, `review-item-${id}.text`, 'Collect adoption numbers before the review');
    await expectAccessibleInThemes(el);
    const changed = oneEvent(el, 'mentor-action-item-change');
    root(el)
      .querySelector<HTMLButtonElement>(
        '[part="recap-form"] [part="action-item-editor"] [type="submit"]',
      )!
      .click();
    expect((await changed).detail.item.text).to.equal('Collect adoption numbers before the review');
    await saved(el);
    expect(textOf(openList(el))).to.contain('before the review');
  });
});
