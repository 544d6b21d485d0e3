import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DraftController, DraftStore, draftKey, type Draft } from '../../../src/core/drafts.js';

interface Note {
  text: string;
}

/** A text box whose draft is kept per user and mentor. */
class TestNoteForm extends LitElement {
  @property() userId?: string;
  @property() mentorId = 'm-1';
  restored?: Draft<Note>;
  readonly draft = new DraftController<Note>(this, {
    key: () => (this.userId ? draftKey(this.userId, 'request', this.mentorId) : undefined),
    delay: 20,
    onRestore: (draft) => {
      this.restored = draft;
    },
  });
  type(text: string) {
    this.draft.save({ text });
  }
}
customElements.define('test-note-form', TestNoteForm);

const key = (user: string) => draftKey(user, 'request', 'm-1');
const stored = (user: string) => localStorage.getItem(key(user));

describe('drafts', () => {
  beforeEach(() => localStorage.clear());

  it('saves after a pause, restores in a new widget, and clears on confirmed save', async () => {
    const first = await fixture<TestNoteForm>(html`<test-note-form userId="u-1"></test-note-form>`);
    first.type('I would like');
    first.type('I would like help with public speaking');
    await waitUntil(() => stored('u-1'), 'draft never saved');
    const saved = JSON.parse(stored('u-1')!);
    expect(saved.v).to.equal(1);
    expect(saved.value).to.deep.equal({ text: 'I would like help with public speaking' });
    expect(Number.isNaN(Date.parse(saved.savedAt))).to.equal(false);
    first.remove();

    const second = await fixture<TestNoteForm>(
      html`<test-note-form userId="u-1"></test-note-form>`,
    );
    expect(second.restored?.value.text).to.equal('I would like help with public speaking');
    expect(second.restored?.savedAt).to.be.instanceOf(Date);

    second.draft.clear();
    expect(stored('u-1')).to.equal(null);
  });

  it('keeps the last keystrokes when the widget goes away before the pause ends', async () => {
    const form = await fixture<TestNoteForm>(html`<test-note-form userId="u-1"></test-note-form>`);
    form.type('Leaving the page now');
    form.remove();
    expect(JSON.parse(stored('u-1')!).value.text).to.equal('Leaving the page now');
  });

  it('keeps each user’s drafts apart', async () => {
    const ana = await fixture<TestNoteForm>(html`<test-note-form userId="ana"></test-note-form>`);
    ana.type('Ana’s draft');
    ana.draft.flush();
    const omar = await fixture<TestNoteForm>(html`<test-note-form userId="omar"></test-note-form>`);
    expect(omar.restored).to.equal(undefined);
    omar.type('Omar’s draft');
    omar.draft.flush();
    omar.draft.clear();
    expect(JSON.parse(stored('ana')!).value.text).to.equal('Ana’s draft');
  });

  it('restores once the user becomes known', async () => {
    new DraftStore<Note>(key('late')).write({ text: 'from before' });
    const form = await fixture<TestNoteForm>(html`<test-note-form></test-note-form>`);
    expect(form.restored).to.equal(undefined);
    form.userId = 'late';
    await form.updateComplete;
    expect(form.restored?.value.text).to.equal('from before');
  });

  it('ignores and removes corrupt or foreign data', async () => {
    for (const junk of [
      '{not json',
      '{"v":99,"savedAt":"2026-01-01T00:00:00Z","value":1}',
      'null',
      '{"v":1}',
    ]) {
      localStorage.setItem(key('u-1'), junk);
      const form = await fixture<TestNoteForm>(
        html`<test-note-form userId="u-1"></test-note-form>`,
      );
      expect(form.restored, junk).to.equal(undefined);
      expect(stored('u-1'), junk).to.equal(null);
      form.remove();
    }
  });

  it('rejects a draft its validator does not accept', () => {
    localStorage.setItem(
      key('u-1'),
      JSON.stringify({ v: 1, savedAt: new Date().toISOString(), value: { text: 5 } }),
    );
    const store = new DraftStore<Note>(key('u-1'), {
      validate: (value) => (typeof (value as Note).text === 'string' ? (value as Note) : undefined),
    });
    expect(store.read()).to.equal(undefined);
  });

  it('keeps working when storage is full or blocked', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Storage;
    const store = new DraftStore<Note>(key('u-1'), { storage: full });
    expect(store.write({ text: 'x' })).to.equal(false);
    expect(() => store.remove()).not.to.throw();
    expect(new DraftStore<Note>(key('u-1'), { storage: undefined }).write({ text: 'x' })).to.equal(
      false,
    );
  });

  it('escapes ids so keys cannot collide', () => {
    expect(draftKey('a:b', 'request', 'c')).to.not.equal(draftKey('a', 'b:request', 'c'));
    expect(draftKey('u1', 'survey', 's9')).to.equal('mentorkit:draft:u1:survey:s9');
  });
});
