// Who owns an action item, as a labelled select: in the recap form and the action item editor
// (both loaded on demand, so this is not on the first load either).
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ActionOwner } from '../../contract/index.js';
import { ownerLabel } from './goal-tracker-copy.js';

/** Who owns an action item: a labelled select (recap form and action item editor). */
export function renderOwnerSelect(id: string, path: string, owner: ActionOwner): TemplateResult {
  const option = (value: ActionOwner) =>
    html`<option value=${value} ?selected=${owner === value}>${ownerLabel(value)}</option>`;
  return html`<div class="field">
    <label class="label" for=${id}>${msg('Owner')}</label>
    <select class="input" id=${id} data-path=${path} .value=${owner}>
      ${option('mentee')} ${option('mentor')}
    </select>
  </div>`;
}
