import { css } from 'lit';

// Logical properties throughout so right-to-left locales mirror without extra rules.
export const directoryStyles = css`
  :host {
    --mk-card-min-width: var(--mentor-card-min-width, 18rem);
    --mk-filters-width: var(--mentor-filters-width, 16rem);
  }
  .layout {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-4);
    min-inline-size: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-3);
    align-items: flex-end;
  }
  .search-field {
    flex: 1 1 16rem;
    display: grid;
    gap: var(--mk-space-1);
    min-inline-size: 0;
  }
  .sort-field {
    display: grid;
    gap: var(--mk-space-1);
  }
  .input {
    min-inline-size: 0;
    inline-size: 100%;
  }
  .view-controls {
    display: flex;
    gap: var(--mk-space-1);
  }
  .view-controls .button[aria-pressed='true'] {
    background: var(--mk-color-accent-soft);
    border-color: var(--mk-color-accent);
  }
  .chips-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-2);
    align-items: center;
  }
  .chips {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--mk-space-5);
    align-items: start;
  }
  .panel-heading {
    font-size: var(--mk-font-size);
    margin-block-end: var(--mk-space-2);
  }
  .filters-panel {
    display: none;
    padding: var(--mk-space-4);
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius);
    background: var(--mk-color-surface);
  }
  .filters-panel[data-open] {
    display: block;
  }
  @container (min-width: 48rem) {
    .body {
      grid-template-columns: var(--mk-filters-width) minmax(0, 1fr);
    }
    .filters-panel {
      display: block;
      position: sticky;
      inset-block-start: var(--mk-space-2);
      max-block-size: calc(100vh - 1rem);
      overflow: auto;
    }
    .filters-toggle {
      display: none;
    }
  }
  .results-area {
    min-inline-size: 0;
  }
  .summary {
    margin-block-end: var(--mk-space-2);
  }
  .results {
    display: block;
    min-block-size: 1px;
  }
  .results[aria-busy='true'] {
    opacity: 0.6;
    transition: opacity 0.2s;
  }
  .results-row {
    /* Cards of a row line up at the top, whatever their height. */
    align-items: stretch;
    display: grid;
    grid-template-columns: repeat(var(--mk-columns, 1), minmax(0, 1fr));
    gap: 16px;
    inline-size: 100%;
    padding-block-end: 16px;
  }
  mentor-card:focus-visible {
    outline: var(--mk-focus-ring-width) solid var(--mk-color-focus);
    outline-offset: 2px;
  }
  /* The shared skeleton (core task-view), laid out like the cards it stands for. */
  .skeleton {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mk-card-min-width)), 1fr));
    gap: 16px;
  }
  :host([layout='list']) .skeleton {
    grid-template-columns: minmax(0, 1fr);
  }
  .skeleton-block {
    gap: var(--mk-space-2);
    padding: var(--mk-space-4);
    min-block-size: 10rem;
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius);
  }
  .more {
    display: grid;
    justify-items: center;
    gap: var(--mk-space-2);
    padding-block: var(--mk-space-4);
  }
  .more.end {
    text-align: center;
  }
  .offline-banner {
    padding: var(--mk-space-2) var(--mk-space-3);
    margin-block-end: var(--mk-space-3);
    border-radius: var(--mk-radius-small);
    background: var(--mk-color-surface-sunken);
  }
`;
