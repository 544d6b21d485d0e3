// The directory's toolbar (search box, sort, grid/list switch, filter panel toggle), as a plain
// render function: it holds no state, the directory passes in what to show and what to call.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { SORTS, type DirectoryQuery, type FilterName } from './directory-query.js';
import { sortLabel } from './directory-copy.js';

export interface ToolbarView {
  hidden: readonly FilterName[];
  searchText: string;
  sort: DirectoryQuery['sort'];
  layout: 'grid' | 'list';
  filtersOpen: boolean;
  /** Active filters, counted on the filters toggle. */
  activeCount: number;
  onSearchInput: (event: Event) => void;
  onSearchKeydown: (event: KeyboardEvent) => void;
  onSort: (sort: DirectoryQuery['sort']) => void;
  onLayout: (layout: 'grid' | 'list') => void;
  onToggleFilters: () => void;
}

export function renderToolbar(view: ToolbarView) {
  const { hidden, activeCount } = view;
  return html`<div class="toolbar" part="toolbar">
    ${
      hidden.includes('search')
        ? nothing
        : html`<div class="search-field">
            <label for="search" class="label">${msg('Search mentors')}</label>
            <input
              id="search"
              part="search"
              class="input"
              type="search"
              autocomplete="off"
              placeholder=${msg('Name, title, skill or interest')}
              .value=${view.searchText}
              @input=${view.onSearchInput}
              @keydown=${view.onSearchKeydown}
            />
          </div>`
    }
    ${
      hidden.includes('sort')
        ? nothing
        : html`<div class="sort-field">
            <label for="sort" class="label">${msg('Sort by')}</label>
            <select
              id="sort"
              class="input"
              @change=${(e: Event) =>
                view.onSort((e.target as HTMLSelectElement).value as DirectoryQuery['sort'])}
            >
              ${SORTS.map(
                (sort) =>
                  html`<option value=${sort} ?selected=${(view.sort ?? 'match') === sort}>
                    ${sortLabel(sort)}
                  </option>`,
              )}
            </select>
          </div>`
    }
    <div class="view-controls" role="group" aria-label=${msg('Layout')}>
      <button
        type="button"
        class="button"
        aria-pressed=${view.layout === 'grid' ? 'true' : 'false'}
        @click=${() => view.onLayout('grid')}
      >
        ${msg('Grid')}
      </button>
      <button
        type="button"
        class="button"
        aria-pressed=${view.layout === 'list' ? 'true' : 'false'}
        @click=${() => view.onLayout('list')}
      >
        ${msg('List')}
      </button>
    </div>
    <button
      type="button"
      class="button filters-toggle"
      aria-controls="filters"
      aria-expanded=${view.filtersOpen ? 'true' : 'false'}
      @click=${view.onToggleFilters}
    >
      ${activeCount > 0 ? msg(str`Filters (${activeCount})`) : msg('Filters')}
    </button>
  </div>`;
}
