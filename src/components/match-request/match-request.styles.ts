import { css } from 'lit';

// Logical properties throughout so right-to-left locales mirror without extra rules. Shared by
// the form and its lazy views (status, inbox), which add their own few rules.
export const matchRequestStyles = css`
  :host {
    --mk-summary-width: var(--mentor-request-summary-width, 18rem);
    container-type: inline-size;
  }
  h2,
  h3 {
    font-size: 1.15rem;
    margin-block-end: var(--mk-space-3);
  }
  h2:focus {
    outline: none;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--mk-space-4);
    align-items: start;
  }
  @container (min-width: 46rem) {
    .columns {
      grid-template-columns: var(--mk-summary-width) minmax(0, 1fr);
    }
  }
  .summary {
    display: grid;
    gap: var(--mk-space-2);
  }
  .reasons {
    margin: 0;
    padding-inline-start: var(--mk-space-4);
  }
  .score {
    color: var(--mk-color-accent);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--mk-space-1);
  }
  .goals {
    display: grid;
    gap: var(--mk-space-2);
  }
  .goal {
    display: grid;
    gap: var(--mk-space-1);
  }
  .goal-label {
    font-size: var(--mk-font-size-small);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-2) var(--mk-space-4);
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: var(--mk-space-2);
    min-block-size: 2.75rem;
  }
  .option input {
    inline-size: 1.15rem;
    block-size: 1.15rem;
    accent-color: var(--mk-color-accent);
  }
  .input {
    inline-size: 100%;
    min-inline-size: 0;
  }
  .input.narrow {
    inline-size: 8rem;
  }
  textarea.input {
    resize: vertical;
  }
  .counter.over {
    color: var(--mk-color-danger);
  }
  .actions {
    justify-content: flex-end;
  }
  .notice {
    border-inline-start: 4px solid var(--mk-color-warning);
  }
  .blocked {
    border-inline-start: 4px solid var(--mk-color-danger);
  }
  .sent:focus {
    outline: var(--mk-focus-ring-width) solid var(--mk-color-focus);
  }
  .badge {
    display: inline-block;
    padding-block: 0.1rem;
    padding-inline: var(--mk-space-2);
    border-radius: var(--mk-radius-pill);
    background: var(--mk-color-surface-sunken);
    border: 1px solid var(--mk-color-border-strong);
    font-size: var(--mk-font-size-small);
    font-weight: 600;
  }
  .badge[data-status='accepted'] {
    background: var(--mk-color-success-soft);
  }
  .badge[data-status='declined'],
  .badge[data-status='expired'] {
    background: var(--mk-color-danger-soft);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--mk-space-3);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-1) var(--mk-space-3);
  }
  .thread {
    margin: 0;
    display: grid;
    gap: var(--mk-space-2);
  }
  .thread blockquote {
    margin: 0;
    padding-inline-start: var(--mk-space-3);
    border-inline-start: 3px solid var(--mk-color-border-strong);
  }
`;
