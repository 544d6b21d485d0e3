import { css } from 'lit';

export const agreementSignerStyles = css`
  :host {
    --mentor-signer-max-width: 48rem;
    max-inline-size: var(--mentor-signer-max-width);
  }
  .signer {
    display: grid;
    gap: var(--mk-space-4);
  }
  .header {
    display: grid;
    gap: var(--mk-space-2);
  }
  h2 {
    font-size: 1.35rem;
  }
  h3 {
    font-size: 1.1rem;
  }
  .badge {
    display: inline-block;
    padding-block: var(--mk-space-1);
    padding-inline: var(--mk-space-2);
    border-radius: 999px;
    background: var(--mk-color-surface-sunken);
    border: 1px solid var(--mk-color-border-strong);
    font-weight: 600;
    font-size: var(--mk-font-size-small);
  }
  .hash {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
    direction: ltr;
  }
  .terms section {
    display: grid;
    gap: var(--mk-space-1);
    padding-block: var(--mk-space-2);
    border-block-end: 1px solid var(--mk-color-border);
  }
  .terms p {
    white-space: pre-line;
  }
  .signatures ul,
  .diff ul {
    margin: 0;
    padding-inline-start: var(--mk-space-4);
  }
  .diff .added {
    background: var(--mk-color-success-soft);
    text-decoration: underline;
  }
  .diff .removed {
    background: var(--mk-color-danger-soft);
    text-decoration: line-through;
  }
  .diff li {
    list-style: none;
    white-space: pre-line;
  }
  .diff-columns {
    display: grid;
    gap: var(--mk-space-4);
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
  }
  textarea.input {
    min-block-size: 6rem;
    resize: vertical;
  }
  fieldset {
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius);
    padding: var(--mk-space-3);
    margin: 0;
    display: grid;
    gap: var(--mk-space-3);
  }
  legend {
    font-weight: 600;
    padding-inline: var(--mk-space-1);
  }
  .check {
    display: flex;
    gap: var(--mk-space-2);
    align-items: flex-start;
  }
  .check input {
    margin-block-start: 0.3em;
    inline-size: 1.1rem;
    block-size: 1.1rem;
    flex: none;
  }
  .statement {
    padding: var(--mk-space-3);
    border-inline-start: 4px solid var(--mk-color-accent);
    background: var(--mk-color-surface-sunken);
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-2);
  }
  .alarm {
    border: 3px solid var(--mk-color-danger);
  }
  dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius);
    background: var(--mk-color-surface);
    color: var(--mk-color-text);
    padding: var(--mk-space-4);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog form {
    display: grid;
    gap: var(--mk-space-3);
  }

  /* Printing: only the certificate (when open) or the terms, never the controls. */
  @media print {
    :host {
      max-inline-size: none;
      color: #000;
    }
    .no-print,
    button,
    .sign-panel,
    .editor {
      display: none !important;
    }
    .signer.printing-certificate > :not(.certificate-region) {
      display: none !important;
    }
  }
`;
