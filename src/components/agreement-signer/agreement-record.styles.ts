// Shared by the audit view and the certificate (both load on demand).
import { css } from 'lit';

export const agreementRecordStyles = css`
  :host {
    display: block;
  }
  .record {
    display: grid;
    gap: var(--mk-space-3);
  }
  .hash {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
    direction: ltr;
  }
  ol.audit {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--mk-space-2);
  }
  ol.audit li {
    padding-block: var(--mk-space-2);
    border-block-end: 1px solid var(--mk-color-border);
  }
  ol.audit li.broken {
    border-inline-start: 4px solid var(--mk-color-danger);
    padding-inline-start: var(--mk-space-2);
  }
  .alarm {
    border: 3px solid var(--mk-color-danger);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--mk-space-1) var(--mk-space-3);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .signature-image {
    max-inline-size: 18rem;
    block-size: auto;
    color: var(--mk-color-text);
    border-block-end: 1px solid var(--mk-color-border-strong);
  }
  .typed-signature {
    font-family: 'Segoe Script', 'Brush Script MT', cursive;
    font-size: 1.6rem;
  }
  .signature-block {
    break-inside: avoid;
    padding-block: var(--mk-space-3);
    border-block-end: 1px solid var(--mk-color-border);
  }
  @media print {
    :host {
      color: #000;
    }
    .no-print {
      display: none !important;
    }
    .signature-image {
      color: #000;
    }
  }
`;
