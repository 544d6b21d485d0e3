// The terms editor: one title and text per section, custom sections added and removed, errors
// next to their field; after a 412 both versions side by side.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { renderError } from '../../core/task-view.js';
import type { Agreement } from '../../contract/index.js';
import { renderDiff } from './agreement-diff.js';
import { renderTerms } from './agreement-terms.js';
import { diffSections } from './terms-diff.js';
import type { TermsEditorController } from './terms-editor.controller.js';

const MAX_SECTIONS = 12;

function renderStale(editor: TermsEditorController, stale: Agreement) {
  return html`<div class="status error" part="stale">
    <div role="alert">
      <p class="status-title">
        ${msg(str`Your partner saved version ${stale.version} while you were editing`)}
      </p>
      <p>${msg('Nothing was overwritten. Compare the two, then choose.')}</p>
    </div>
    <div class="diff-columns">
      <div>
        <h3>${msg(str`Version ${stale.version} (saved by your partner)`)}</h3>
        ${renderTerms(stale.sections)}
      </div>
      ${renderDiff(
        diffSections(stale.sections, editor.sections),
        msg(str`Your unsaved changes compared with version ${stale.version}`),
      )}
    </div>
    <div class="actions">
      <button type="button" class="button primary" @click=${() => void editor.rebase()}>
        ${msg(str`Keep my changes on top of version ${stale.version}`)}
      </button>
      <button type="button" class="button" @click=${() => editor.cancel()}>
        ${msg(str`Discard my changes and read version ${stale.version}`)}
      </button>
    </div>
  </div>`;
}

export function renderEditor(editor: TermsEditorController) {
  const error = (path: string) => editor.errors.get(path);
  const field = (index: number, name: 'title' | 'body', label: string) => {
    const id = `section-${index}-${name}`;
    const problem = error(`sections.${index}.${name}`);
    const input =
      name === 'title'
        ? html`<input
            id=${id}
            class="input"
            .value=${editor.sections[index]!.title}
            maxlength="120"
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${problem ? `${id}-error` : nothing}
            @input=${(e: Event) => editor.update(index, name, (e.target as HTMLInputElement).value)}
          />`
        : html`<textarea
            id=${id}
            class="input"
            .value=${editor.sections[index]!.body}
            maxlength="4000"
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${problem ? `${id}-error` : nothing}
            @input=${(e: Event) =>
              editor.update(index, name, (e.target as HTMLTextAreaElement).value)}
          ></textarea>`;
    return html`<div class="field">
      <label class="label" for=${id}>${label}</label>
      ${input} ${problem ? html`<p class="field-error" id="${id}-error">${problem}</p>` : nothing}
    </div>`;
  };
  return html`<form
    class="editor stack"
    part="editor"
    aria-labelledby="editor-title"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      void editor.save();
    }}
  >
    <h3 id="editor-title">${msg(str`Edit the terms (from version ${editor.baseVersion})`)}</h3>
    <p class="muted small">
      ${msg(
        'Saving makes a new version: any signatures on the current one become void and both of you sign again. Your changes are kept on this device until you save.',
      )}
    </p>
    ${editor.stale ? renderStale(editor, editor.stale) : nothing}
    ${editor.sections.map(
      (section, index) =>
        html`<fieldset>
          <legend>${section.title || msg('Untitled section')}</legend>
          ${field(index, 'title', msg('Heading'))} ${field(index, 'body', msg('Text'))}
          ${
            section.key === 'custom'
              ? html`<div>
                  <button type="button" class="button link" @click=${() => editor.remove(index)}>
                    ${msg(str`Remove the section “${section.title}”`)}
                  </button>
                </div>`
              : nothing
          }
        </fieldset>`,
    )}
    ${error('sections') ? html`<p class="field-error">${error('sections')}</p>` : nothing}
    ${editor.error ? renderError(editor.error) : nothing}
    <div class="actions">
      <button type="submit" class="button primary" ?disabled=${editor.saving || !!editor.stale}>
        ${editor.saving ? msg('Saving…') : msg('Save as a new version')}
      </button>
      <button
        type="button"
        class="button"
        ?disabled=${editor.sections.length >= MAX_SECTIONS}
        @click=${() => editor.addCustom()}
      >
        ${msg('Add a section')}
      </button>
      <button type="button" class="button" @click=${() => editor.cancel()}>
        ${msg('Cancel and discard changes')}
      </button>
    </div>
  </form>`;
}
