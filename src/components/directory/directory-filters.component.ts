import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { FacetCount, Facets } from '../../contract/index.js';
import { baseStyles } from '../../core/base.styles.js';
import { languageName, programTypeLabel, utcOffsetLabel } from './directory-copy.js';
import {
  toggleValue,
  type DirectoryQuery,
  type FilterName,
  type ListFilter,
} from './directory-query.js';

/** Internal: the filters changed (the directory runs the new search). */
export class FiltersChangeEvent extends Event {
  constructor(readonly query: DirectoryQuery) {
    super('filters-change', { bubbles: true });
  }
}

const COLLAPSED_COUNT = 8;
const OFFSETS = Array.from({ length: 27 }, (_, index) => index - 12);

/**
 * The filter panel of `<mentor-directory>`: checkbox groups with facet counts (how many
 * mentors each choice leaves), a time-zone range and "open spots only".
 *
 * @summary Directory filters with facet counts.
 * @tagname mentor-directory-filters (registered by `<mentor-directory>` when it first needs it)
 * @csspart group - One filter group (a fieldset).
 */
@localized()
export class MentorDirectoryFilters extends LitElement {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        margin: 0 0 var(--mk-space-4);
        padding: 0;
        border: 0;
        min-inline-size: 0;
      }
      legend {
        font-weight: 700;
        padding: 0;
        margin-block-end: var(--mk-space-1);
      }
      label {
        display: flex;
        gap: var(--mk-space-2);
        align-items: baseline;
        padding-block: 0.125rem;
        cursor: pointer;
      }
      input[type='checkbox'] {
        inline-size: 1.125rem;
        block-size: 1.125rem;
        flex: none;
        accent-color: var(--mk-color-accent);
      }
      .count {
        margin-inline-start: auto;
        color: var(--mk-color-text-muted);
        font-size: var(--mk-font-size-small);
      }
      .zero {
        color: var(--mk-color-text-muted);
      }
      .range {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: var(--mk-space-2);
      }
      .range label {
        display: grid;
        gap: var(--mk-space-1);
        font-size: var(--mk-font-size-small);
      }
      select {
        min-block-size: var(--mk-control-height);
        inline-size: 100%;
        border: 1px solid var(--mk-color-border-strong);
        border-radius: var(--mk-radius-small);
        background: var(--mk-color-surface);
        color: var(--mk-color-text);
        font: inherit;
      }
    `,
  ];

  @property({ attribute: false }) query: DirectoryQuery = {};
  @property({ attribute: false }) facets?: Facets;
  @property({ attribute: false }) hiddenFilters: readonly FilterName[] = [];
  @property() locale = 'en';
  @state() private _expanded = new Set<ListFilter>();

  private _change(query: DirectoryQuery) {
    // The directory normalizes what it receives.
    this.dispatchEvent(new FiltersChangeEvent(query));
  }

  override render() {
    const facets = this.facets;
    const show = (name: FilterName) => !this.hiddenFilters.includes(name);
    return html`
      ${show('available') ? this._renderAvailable(facets?.available) : nothing}
      ${show('skills') ? this._renderGroup('skills', msg('Skills'), facets?.skills, (v) => v) : nothing}
      ${
        show('languages')
          ? this._renderGroup('languages', msg('Languages'), facets?.languages, (v) =>
              languageName(this.locale, v),
            )
          : nothing
      }
      ${show('locations') ? this._renderGroup('locations', msg('Locations'), facets?.locations, (v) => v) : nothing}
      ${
        show('departments')
          ? this._renderGroup('departments', msg('Departments'), facets?.departments, (v) => v)
          : nothing
      }
      ${
        show('programTypes')
          ? this._renderGroup(
              'programTypes',
              msg('Program types'),
              facets?.programTypes,
              programTypeLabel,
            )
          : nothing
      }
      ${show('timezone') ? this._renderTimeZone() : nothing}
    `;
  }

  private _renderAvailable(count: number | undefined) {
    return html`<fieldset part="group">
      <legend>${msg('Availability')}</legend>
      <label>
        <input
          type="checkbox"
          .checked=${this.query.available === true}
          @change=${(e: Event) =>
            this._change({ ...this.query, available: (e.target as HTMLInputElement).checked })}
        />
        <span>${msg('Open spots only')}</span>
        ${count !== undefined ? html`<span class="count">${count}</span>` : nothing}
      </label>
    </fieldset>`;
  }

  private _renderGroup(
    key: ListFilter,
    legend: string,
    facet: FacetCount[] | undefined,
    label: (v: string) => string,
  ) {
    const selected = (this.query[key] ?? []) as string[];
    const counts = new Map((facet ?? []).map((entry) => [entry.value, entry.count]));
    // Selected values stay listed even when the current results no longer contain them.
    const values = [...new Set([...selected, ...(facet ?? []).map((entry) => entry.value)])];
    if (values.length === 0) return nothing;
    const expanded = this._expanded.has(key);
    const shown = expanded ? values : values.slice(0, Math.max(COLLAPSED_COUNT, selected.length));
    return html`<fieldset part="group" data-filter=${key}>
      <legend>${legend}</legend>
      ${shown.map((value) => {
        const count = counts.get(value) ?? 0;
        return html`<label class=${count === 0 ? 'zero' : ''}>
          <input
            type="checkbox"
            name=${key}
            .value=${value}
            .checked=${selected.includes(value)}
            @change=${(e: Event) =>
              this._change(
                toggleValue(this.query, key, value, (e.target as HTMLInputElement).checked),
              )}
          />
          <span>${label(value)}</span>
          <span class="count">${count}</span>
        </label>`;
      })}
      ${
        values.length > shown.length || expanded
          ? html`<button
              type="button"
              class="button link"
              aria-expanded=${expanded ? 'true' : 'false'}
              @click=${() => this._toggleExpanded(key)}
            >
              ${expanded ? msg(str`Show fewer ${legend}`) : msg(str`Show all ${values.length} ${legend}`)}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  private _toggleExpanded(key: ListFilter) {
    const next = new Set(this._expanded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this._expanded = next;
  }

  private _renderTimeZone() {
    const { utcOffsetMin, utcOffsetMax } = this.query;
    const select = (
      which: 'utcOffsetMin' | 'utcOffsetMax',
      label: string,
      value: number | undefined,
    ) =>
      html`<label>
        <span>${label}</span>
        <select
          name=${which}
          @change=${(e: Event) => {
            const raw = (e.target as HTMLSelectElement).value;
            this._change({ ...this.query, [which]: raw === '' ? undefined : Number(raw) });
          }}
        >
          <option value="" ?selected=${value === undefined}>${msg('Any')}</option>
          ${OFFSETS.map(
            (offset) =>
              html`<option value=${offset} ?selected=${value === offset}>
                ${utcOffsetLabel(offset)}
              </option>`,
          )}
        </select>
      </label>`;
    return html`<fieldset part="group">
      <legend>${msg('Time zone')}</legend>
      <div class="range">
        ${select('utcOffsetMin', msg('From'), utcOffsetMin)}
        ${select('utcOffsetMax', msg('To'), utcOffsetMax)}
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-directory-filters': MentorDirectoryFilters;
  }
}
