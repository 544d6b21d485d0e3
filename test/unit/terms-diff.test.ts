// The agreement diff and the three-way merge of terms (pure functions of the signer).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  diffLines,
  diffSections,
  mergeTerms,
} from '../../src/components/agreement-signer/terms-diff.js';
import type { AgreementSection } from '../../src/contract/index.js';

const section = (key: AgreementSection['key'], title: string, body: string): AgreementSection => ({
  key,
  title,
  body,
});

describe('agreement terms diff', () => {
  it('marks removed and added lines around the unchanged ones', () => {
    assert.deepEqual(diffLines('a\nb\nc', 'a\nB\nc\nd'), [
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('tells new, removed, renamed and unchanged sections apart', () => {
    const before = [
      section('goals', 'Goals', 'Lead a review'),
      section('cadence', 'Meetings', 'Monthly'),
      section('custom', 'Travel', 'None'),
    ];
    const after = [
      section('goals', 'Goals', 'Lead a review'),
      section('cadence', 'Meeting rhythm', 'Weekly'),
      section('custom', 'Shadowing', 'One review'),
      section('custom', 'Books', 'One a month'),
    ];
    const diff = diffSections(before, after);
    assert.deepEqual(
      diff.map((d) => [d.title, d.change, d.oldTitle]),
      [
        ['Goals', 'same', undefined],
        ['Meeting rhythm', 'changed', 'Meetings'],
        ['Shadowing', 'changed', 'Travel'],
        ['Books', 'added', undefined],
      ],
    );
    assert.deepEqual(diffSections(after, before).at(-1)?.change, 'removed');
  });

  it('merges my edits onto a newer version without losing the partner’s', () => {
    const base = [
      section('cadence', 'Meetings', 'Monthly'),
      section('communication', 'Between meetings', 'Email'),
      section('custom', 'Travel', 'None'),
    ];
    const mine = [
      section('cadence', 'Meetings', 'Weekly'),
      section('communication', 'Between meetings', 'Email'),
      section('custom', 'Books', 'One a month'),
      section('custom', 'Shadowing', 'One review'),
    ];
    const theirs = [
      section('cadence', 'Meetings', 'Monthly'),
      section('communication', 'Between meetings', 'Chat only'),
      section('custom', 'Travel', 'None'),
    ];
    assert.deepEqual(
      mergeTerms(base, mine, theirs).map((s) => s.body),
      ['Weekly', 'Chat only', 'One a month', 'One review'],
    );
  });
});
