// What changed between two versions, readable without colour: every line says added or removed
// (for screen readers too), unchanged lines give context, unchanged sections are left out.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { DiffLine, SectionDiff } from './terms-diff.js';

const lineLabel = (kind: DiffLine['kind']) =>
  kind === 'added' ? msg('Added:') : kind === 'removed' ? msg('Removed:') : '';

function renderLine(line: DiffLine) {
  if (line.text.trim() === '' && line.kind === 'same') return nothing;
  return html`<li class=${line.kind}>
    ${line.kind === 'same' ? nothing : html`<span class="visually-hidden">${lineLabel(line.kind)}</span>`}
    ${line.kind === 'added' ? html`<ins>${line.text}</ins>` : line.kind === 'removed' ? html`<del>${line.text}</del>` : line.text}
  </li>`;
}

export function renderDiff(diff: readonly SectionDiff[], heading: string) {
  const changed = diff.filter((section) => section.change !== 'same');
  return html`<section class="diff" part="diff" aria-label=${heading}>
    <h3>${heading}</h3>
    ${
      changed.length === 0
        ? html`<p class="muted">${msg('No changes in the terms.')}</p>`
        : changed.map(
            (section) =>
              html`<div>
                <h4>
                  ${section.title}
                  <span class="muted small"
                    >${
                      section.change === 'added'
                        ? msg('(new section)')
                        : section.change === 'removed'
                          ? msg('(section removed)')
                          : section.oldTitle
                            ? msg(str`(renamed from “${section.oldTitle}”)`)
                            : msg('(changed)')
                    }</span
                  >
                </h4>
                <ul>
                  ${section.lines.map(renderLine)}
                </ul>
              </div>`,
          )
    }
  </section>`;
}
