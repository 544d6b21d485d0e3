import { css } from 'lit';

export const signaturePadStyles = css`
  :host {
    display: grid;
    gap: var(--mk-space-2);
  }
  .pad {
    position: relative;
    border: 2px dashed var(--mk-color-border-strong);
    border-radius: var(--mk-radius);
    background: var(--mk-color-surface-raised);
  }
  :host([aria-invalid='true']) .pad {
    border-color: var(--mk-color-danger);
  }
  canvas {
    display: block;
    inline-size: 100%;
    aspect-ratio: 3 / 1;
    /* The finger draws instead of scrolling the page. */
    touch-action: none;
    user-select: none;
    cursor: crosshair;
  }
  .baseline {
    position: absolute;
    inset-inline: 8%;
    inset-block-end: 22%;
    border-block-end: 1px solid var(--mk-color-border-strong);
    pointer-events: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-2);
  }
`;
