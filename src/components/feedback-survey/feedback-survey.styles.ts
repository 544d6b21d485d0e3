// Layout of the survey: questions as fieldsets, options as large tap targets (a scale in one row
// that wraps on narrow screens), progress, pager. Logical properties only, so RTL just works.
import { css } from 'lit';

export const feedbackSurveyStyles = css`
  .survey {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-4);
    max-inline-size: var(--mentor-survey-max-width, 44rem);
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-1);
  }
  .title {
    font-size: var(--mk-font-size-large);
  }
  .privacy {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-2);
    padding: var(--mk-space-3);
    border-radius: var(--mk-radius);
    border-inline-start: 4px solid var(--mk-color-accent);
    background: var(--mk-color-accent-soft);
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-4);
  }
  .section-title {
    font-size: 1.125rem;
  }
  .question {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-2);
    margin: 0;
    padding: var(--mk-space-4);
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius);
    background: var(--mk-color-surface-raised);
    min-inline-size: 0;
  }
  .question.invalid {
    border-color: var(--mk-color-danger);
  }
  .legend {
    padding: 0;
    font-weight: 600;
  }
  fieldset > .legend {
    float: inline-start;
    inline-size: 100%;
    margin-block-end: var(--mk-space-2);
  }
  fieldset > .legend + * {
    clear: both;
  }
  .requirement {
    font-weight: 400;
    color: var(--mk-color-text-muted);
    font-size: var(--mk-font-size-small);
  }
  .choices {
    display: flex;
    gap: var(--mk-space-2);
  }
  .choices.list {
    flex-direction: column;
  }
  .choices.scale,
  .choices.pair {
    flex-wrap: wrap;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--mk-space-2);
    min-block-size: var(--mk-control-height);
    padding-inline: var(--mk-space-3);
    border: 1px solid var(--mk-color-border-strong);
    border-radius: var(--mk-radius);
    background: var(--mk-color-surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--mk-color-accent);
    background: var(--mk-color-accent-soft);
    box-shadow: inset 0 0 0 1px var(--mk-color-accent);
  }
  .choice:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .choice:has(input:focus-visible) {
    outline: var(--mk-focus-ring-width) solid var(--mk-color-focus);
    outline-offset: 2px;
  }
  .choice input {
    margin: 0;
    accent-color: var(--mk-color-accent);
  }
  .choices.scale .choice {
    flex: 1 0 2.75rem;
    justify-content: center;
    padding-inline: var(--mk-space-1);
  }
  /* On a scale the number is the target: the radio dot itself stays for forced colours only. */
  .choices.scale .choice input {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    opacity: 0;
    inline-size: 1px;
    block-size: 1px;
    pointer-events: none; /* the whole label is the target */
  }
  .choices.scale .choice {
    position: relative;
  }
  .choices.pair .choice {
    flex: 0 1 8rem;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--mk-space-2);
    color: var(--mk-color-text-muted);
    font-size: var(--mk-font-size-small);
  }
  .counter.over {
    color: var(--mk-color-danger);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mk-space-2) var(--mk-space-4);
    font-size: var(--mk-font-size-small);
  }
  .progress-track {
    flex: 1 1 8rem;
    block-size: 0.375rem;
    border-radius: var(--mk-radius-pill);
    background: var(--mk-color-surface-sunken);
    overflow: hidden;
  }
  .progress-bar {
    display: block;
    block-size: 100%;
    inline-size: var(--share, 0%);
    background: var(--mk-color-accent);
    transition: inline-size 0.2s ease-out;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--mk-space-2);
  }
  .answers {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-2);
    margin: 0;
  }
  .answer {
    display: grid;
    gap: var(--mk-space-1);
    padding-block: var(--mk-space-2);
    border-block-end: 1px solid var(--mk-color-border);
  }
  .answer dt {
    color: var(--mk-color-text-muted);
  }
  .answer dd {
    margin: 0;
    font-weight: 600;
    white-space: pre-wrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .progress-bar {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      outline: 3px solid Highlight;
    }
    .choices.scale .choice input {
      position: static;
      opacity: 1;
      inline-size: auto;
      block-size: auto;
    }
    .progress-bar {
      background: Highlight;
    }
  }
`;
