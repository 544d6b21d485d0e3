// The results view: summary figures, one card per question, charts as tables with bars.
import { css } from 'lit';

export const surveyResultsStyles = css`
  .results {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-4);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-4);
    margin: 0;
  }
  .figure {
    display: flex;
    flex-direction: column-reverse;
    padding: var(--mk-space-3);
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius);
    min-inline-size: 9rem;
  }
  .figure dd {
    margin: 0;
    font-size: var(--mk-font-size-large);
    font-weight: 700;
  }
  .figure dt {
    color: var(--mk-color-text-muted);
    font-size: var(--mk-font-size-small);
  }
  .question-results {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-3);
  }
  .question-results h3 {
    font-size: 1rem;
  }
  .chart {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .chart th,
  .chart td {
    padding-block: var(--mk-space-1);
    padding-inline: var(--mk-space-2);
    text-align: start;
    border-block-end: 1px solid var(--mk-color-border);
    font-weight: 400;
  }
  .chart thead th {
    color: var(--mk-color-text-muted);
    font-size: var(--mk-font-size-small);
  }
  .chart .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .share {
    display: flex;
    align-items: center;
    gap: var(--mk-space-2);
    min-inline-size: 10rem;
  }
  .bar {
    flex: 1;
    block-size: 0.75rem;
    border-radius: var(--mk-radius-small);
    background: var(--mk-color-surface-sunken);
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    block-size: 100%;
    inline-size: var(--share, 0%);
    background: var(--mk-color-accent);
  }
  .texts {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-2);
    margin: 0;
    padding-inline-start: var(--mk-space-4);
  }
  @media (forced-colors: active) {
    .bar-fill {
      background: Highlight;
    }
  }
`;
