// The directory's filter panel: a labelled region around <mentor-directory-filters> that the
// toolbar's "Filters" button opens on narrow screens. A plain render function.
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Facets } from '../../contract/index.js';
import type { DirectoryQuery, FilterName } from './directory-query.js';
import type { FiltersChangeEvent } from './directory-filters.component.js';

export interface FiltersPanelView {
  open: boolean;
  query: DirectoryQuery;
  facets?: Facets;
  hidden: readonly FilterName[];
  locale: string;
  onChange: (query: DirectoryQuery) => void;
}

export function renderFiltersPanel(view: FiltersPanelView) {
  return html`<section
    id="filters"
    part="filters"
    class="filters-panel"
    ?data-open=${view.open}
    aria-labelledby="filters-heading"
  >
    <h2 id="filters-heading" class="panel-heading">${msg('Filters')}</h2>
    <mentor-directory-filters
      .query=${view.query}
      .facets=${view.facets}
      .hiddenFilters=${view.hidden}
      locale=${view.locale}
      @filters-change=${(e: FiltersChangeEvent) => view.onChange(e.query)}
    ></mentor-directory-filters>
  </section>`;
}
