// A readable diff of two versions of the terms: per section, which lines were added, removed or
// kept (longest common subsequence over lines; agreements are short, so O(n*m) is fine).
import type { AgreementSection } from '../../contract/index.js';

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };

export interface SectionDiff {
  key: string;
  title: string;
  /** `added`/`removed`: the whole section is new or gone; `changed`: some lines differ. */
  change: 'same' | 'changed' | 'added' | 'removed';
  /** The old title when it was renamed. */
  oldTitle?: string;
  lines: DiffLine[];
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!)
      lines.push({ kind: 'removed', text: a[i++]! });
    else lines.push({ kind: 'added', text: b[j++]! });
  }
  while (i < a.length) lines.push({ kind: 'removed', text: a[i++]! });
  while (j < b.length) lines.push({ kind: 'added', text: b[j++]! });
  return lines;
}

/** Sections matched by position among sections of the same key (custom sections repeat). */
export function diffSections(
  before: readonly AgreementSection[],
  after: readonly AgreementSection[],
): SectionDiff[] {
  const slotOf = (sections: readonly AgreementSection[]) => {
    const seen = new Map<string, number>();
    return sections.map((s) => {
      const n = seen.get(s.key) ?? 0;
      seen.set(s.key, n + 1);
      return `${s.key}#${n}`;
    });
  };
  const beforeSlots = slotOf(before);
  const afterSlots = slotOf(after);
  const result: SectionDiff[] = after.map((section, index) => {
    const oldIndex = beforeSlots.indexOf(afterSlots[index]!);
    const old = oldIndex >= 0 ? before[oldIndex] : undefined;
    if (!old)
      return {
        key: section.key,
        title: section.title,
        change: 'added',
        lines: section.body.split('\n').map((text) => ({ kind: 'added', text })),
      };
    const lines = diffLines(old.body, section.body);
    const renamed = old.title !== section.title;
    return {
      key: section.key,
      title: section.title,
      change: renamed || lines.some((l) => l.kind !== 'same') ? 'changed' : 'same',
      ...(renamed ? { oldTitle: old.title } : {}),
      lines,
    };
  });
  before.forEach((section, index) => {
    if (!afterSlots.includes(beforeSlots[index]!))
      result.push({
        key: section.key,
        title: section.title,
        change: 'removed',
        lines: section.body.split('\n').map((text) => ({ kind: 'removed', text })),
      });
  });
  return result;
}

const slots = (sections: readonly AgreementSection[]) => {
  const seen = new Map<string, number>();
  return sections.map((s) => {
    const n = seen.get(s.key) ?? 0;
    seen.set(s.key, n + 1);
    return [`${s.key}#${n}`, s] as const;
  });
};
const same = (a: AgreementSection | undefined, b: AgreementSection | undefined) =>
  a?.title === b?.title && a?.body === b?.body;

/**
 * Three-way merge of terms: my edits (made from `base`) applied to `theirs`, section by section.
 * Sections only I changed take my text, sections only they changed keep theirs; where both
 * changed one, mine wins and the person reviews the result before saving.
 */
export function mergeTerms(
  base: readonly AgreementSection[],
  mine: readonly AgreementSection[],
  theirs: readonly AgreementSection[],
): AgreementSection[] {
  const baseBySlot = new Map(slots(base));
  const mineBySlot = new Map(slots(mine));
  const theirSlots = slots(theirs);
  const merged: AgreementSection[] = [];
  for (const [slot, section] of theirSlots) {
    const my = mineBySlot.get(slot);
    if (!my && baseBySlot.has(slot)) continue; // I removed it
    merged.push(my && !same(my, baseBySlot.get(slot)) ? my : section);
  }
  const theirKeys = new Set(theirSlots.map(([slot]) => slot));
  for (const [slot, section] of mineBySlot)
    if (!baseBySlot.has(slot) && !theirKeys.has(slot)) merged.push(section);
  return merged;
}
