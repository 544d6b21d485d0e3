import { css } from 'lit';

// Logical properties throughout so right-to-left locales mirror without extra rules.
export const goalTrackerStyles = css`
  :host {
    display: block;
    --mk-progress-color: var(--mentor-progress-color, var(--mk-color-accent));
    --mk-at-risk: var(--mentor-goal-at-risk-color, var(--mk-color-warning));
  }
  .tracker {
    container-type: inline-size;
  }
  .tracker-head,
  .row.spread {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: var(--mk-space-3);
  }
  .toolbar {
    flex-wrap: wrap;
  }
  .goals,
  .recaps,
  .framework-cards,
  .part-rows,
  .checklist,
  .key-results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--mk-space-3);
  }
  .framework-cards {
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
  .goal {
    display: grid;
    gap: var(--mk-space-3);
  }
  .goal:focus-within {
    border-color: var(--mk-color-accent);
  }
  .goal-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mk-space-2);
  }
  .goal-title {
    font-size: var(--mk-font-size-large);
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }
  .health {
    font-size: var(--mk-font-size-small);
    font-weight: 600;
    padding-inline: var(--mk-space-2);
    border-radius: var(--mk-radius-pill);
    background: var(--mk-color-surface-sunken);
  }
  .health.done {
    color: var(--mk-color-success);
  }
  .health.at-risk,
  .health.overdue {
    color: var(--mk-at-risk);
  }
  .health.overdue {
    color: var(--mk-color-danger);
  }
  .health.awaiting-confirmation {
    color: var(--mk-color-accent);
  }
  .confirmation {
    margin: 0;
    padding: var(--mk-space-2) var(--mk-space-3);
    border-inline-start: 3px solid var(--mk-color-accent);
    background: var(--mk-color-surface-sunken);
  }
  .confirmation.small,
  .confirmation p {
    margin: 0;
  }
  .confirmation.sent-back {
    border-inline-start-color: var(--mk-at-risk);
  }
  .confirmation blockquote {
    margin: var(--mk-space-1) 0 0;
    white-space: pre-line;
  }
  .send-back,
  .item-editor {
    padding: var(--mk-space-3);
    border: 1px solid var(--mk-color-border-strong);
    border-radius: var(--mk-radius);
  }
  .checklist li.editing {
    display: block;
  }
  .progress-line {
    display: grid;
    gap: var(--mk-space-1);
  }
  .progress {
    block-size: 0.5rem;
    border-radius: var(--mk-radius-pill);
    background: var(--mk-color-surface-sunken);
    border: 1px solid var(--mk-color-border-strong);
    overflow: hidden;
  }
  .progress-fill {
    block-size: 100%;
    inline-size: var(--mk-progress, 0%);
    background: var(--mk-progress-color);
    transition: inline-size 0.3s ease;
  }
  @media (prefers-reduced-motion: reduce) {
    .progress-fill {
      transition: none;
    }
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--mk-space-2);
    min-block-size: 1.5rem;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--mk-color-accent);
  }
  .checklist li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--mk-space-2);
  }
  .checklist li.late .small {
    color: var(--mk-color-danger);
  }
  .done-text {
    text-decoration: line-through;
    color: var(--mk-color-text-muted);
  }
  .key-results li {
    display: grid;
    grid-template-columns: 1fr auto auto;
    align-items: center;
    gap: var(--mk-space-1) var(--mk-space-2);
  }
  .key-results label {
    grid-column: 1 / -1;
    font-weight: 600;
  }
  .kr-current {
    inline-size: 7rem;
  }
  .goal-actions,
  .form-actions {
    flex-wrap: wrap;
  }
  .move {
    display: inline-flex;
    gap: var(--mk-space-1);
    margin-inline-start: auto;
  }
  .parts {
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius);
    padding: var(--mk-space-3);
    display: grid;
    gap: var(--mk-space-3);
    min-inline-size: 0;
  }
  .part-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) auto;
    align-items: end;
    gap: var(--mk-space-2);
  }
  .kr-row {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .kr-numbers {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(6rem, 1fr));
    gap: var(--mk-space-2);
  }
  .frameworks {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .framework-options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-2);
  }
  .framework-option {
    display: inline-flex;
    align-items: center;
    gap: var(--mk-space-2);
    padding: var(--mk-space-2) var(--mk-space-3);
    border: 1px solid var(--mk-color-border-strong);
    border-radius: var(--mk-radius);
  }
  .framework-option:has(input:checked) {
    border-color: var(--mk-color-accent);
    background: var(--mk-color-accent-soft);
  }
  .framework-help {
    padding: var(--mk-space-3);
    border-radius: var(--mk-radius);
    background: var(--mk-color-surface-sunken);
  }
  textarea.input {
    resize: vertical;
  }
  .conflict-table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .conflict-table th,
  .conflict-table td {
    text-align: start;
    vertical-align: top;
    padding: var(--mk-space-2);
    border-block-end: 1px solid var(--mk-color-border);
    overflow-wrap: anywhere;
  }
  .conflict-table ul,
  .recap-entry ul {
    margin: 0;
    padding-inline-start: var(--mk-space-4);
  }
  .recap-entry {
    display: grid;
    gap: var(--mk-space-2);
    padding-block-end: var(--mk-space-3);
    border-block-end: 1px solid var(--mk-color-border);
  }
  .recap-notes,
  .goal-notes {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .save-status {
    min-block-size: 1.5rem;
  }
  @container (max-width: 30rem) {
    .part-row {
      grid-template-columns: minmax(0, 1fr);
    }
    .conflict-table thead {
      display: none;
    }
    .conflict-table tr,
    .conflict-table th,
    .conflict-table td {
      display: block;
    }
  }
`;
