// Shared building blocks every widget's shadow root gets: box model, focus ring, buttons,
// inputs, chips, cards, skeletons, status messages. Logical properties only, so RTL just works.
import { css } from 'lit';
import { tokens } from './tokens.styles.js';

const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--mk-font-family);
    font-size: var(--mk-font-size);
    line-height: var(--mk-line-height);
    color: var(--mk-color-text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--mk-focus-ring-width) solid var(--mk-color-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  h1,
  h2,
  h3,
  h4,
  p {
    margin-block: 0;
  }
  .muted {
    color: var(--mk-color-text-muted);
  }
  .small {
    font-size: var(--mk-font-size-small);
  }

  /* Buttons: .button (secondary), .button.primary, .button.danger, .button.link */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--mk-space-2);
    min-block-size: var(--mk-control-height);
    padding-block: var(--mk-space-2);
    padding-inline: var(--mk-space-4);
    border: 1px solid var(--mk-color-border-strong);
    border-radius: var(--mk-radius);
    background: var(--mk-color-surface);
    color: var(--mk-color-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: var(--mk-color-surface-sunken);
  }
  .button.primary {
    background: var(--mk-color-accent);
    border-color: var(--mk-color-accent);
    color: var(--mk-color-on-accent);
  }
  .button.primary:hover {
    background: var(--mk-color-accent-hover);
    border-color: var(--mk-color-accent-hover);
  }
  .button.danger {
    color: var(--mk-color-danger);
    border-color: var(--mk-color-danger);
  }
  .button.link {
    min-block-size: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--mk-color-accent);
    text-decoration: underline;
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  /* Form fields: <label class="field"><span class="label">..</span><input class="input"></label> */
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-1);
  }
  .label {
    font-weight: 600;
  }
  .hint {
    color: var(--mk-color-text-muted);
    font-size: var(--mk-font-size-small);
  }
  .field-error {
    color: var(--mk-color-danger);
    font-size: var(--mk-font-size-small);
  }
  .input {
    inline-size: 100%;
    min-block-size: var(--mk-control-height);
    padding-block: var(--mk-space-2);
    padding-inline: var(--mk-space-3);
    border: 1px solid var(--mk-color-border-strong);
    border-radius: var(--mk-radius);
    background: var(--mk-color-surface);
    color: var(--mk-color-text);
    font: inherit;
  }
  textarea.input {
    min-block-size: 6rem;
    resize: vertical;
  }
  .input[aria-invalid='true'] {
    border-color: var(--mk-color-danger);
  }

  /* Chips: small rounded labels (skills, filters). A button chip toggles with aria-pressed. */
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--mk-space-1);
    padding-block: 0.125rem;
    padding-inline: var(--mk-space-2);
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius-pill);
    background: var(--mk-color-surface-sunken);
    color: var(--mk-color-text);
    font: inherit;
    font-size: var(--mk-font-size-small);
  }
  button.chip {
    cursor: pointer;
    min-block-size: 2rem;
  }
  .chip[aria-pressed='true'] {
    background: var(--mk-color-accent-soft);
    border-color: var(--mk-color-accent);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    display: block;
    padding: var(--mk-space-4);
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius);
    background: var(--mk-color-surface-raised);
    box-shadow: var(--mk-shadow);
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-3);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mk-space-2);
  }

  /* Status messages (task states, submit results). */
  .status {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--mk-space-2);
    padding: var(--mk-space-4);
    border-radius: var(--mk-radius);
    border-inline-start: 4px solid var(--mk-color-border-strong);
    background: var(--mk-color-surface-sunken);
  }
  .status.error {
    border-inline-start-color: var(--mk-color-danger);
    background: var(--mk-color-danger-soft);
  }
  .status.success {
    border-inline-start-color: var(--mk-color-success);
    background: var(--mk-color-success-soft);
  }
  .status-title {
    font-weight: 600;
  }

  /* Skeletons: grey blocks with a shimmer, still when the person prefers reduced motion. */
  .skeleton {
    display: grid;
    gap: var(--mk-space-3);
  }
  .skeleton-block {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-3);
  }
  /* The shimmer is a layer moved with transform, which the compositor animates: animating
     background-position restyled and repainted every skeleton on the main thread each frame,
     while a phone was busy rendering the widgets (npm run bench:page --why). */
  .skeleton-line {
    position: relative;
    overflow: hidden;
    block-size: 1rem;
    border-radius: var(--mk-radius-small);
    background: var(--mk-color-skeleton);
  }
  .skeleton-line::after {
    content: '';
    position: absolute;
    inset: 0;
    background: linear-gradient(
      90deg,
      transparent 0%,
      rgb(255 255 255 / 0.35) 50%,
      transparent 100%
    );
    transform: translateX(-100%);
    animation: mk-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n + 2) {
    inline-size: 80%;
  }
  .skeleton-line:nth-child(3n) {
    inline-size: 60%;
  }
  @keyframes mk-shimmer {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(100%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line::after {
      animation: none;
    }
  }

  /* Windows high-contrast: colours are replaced, so show state with outlines instead. */
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
    .skeleton-line {
      background: GrayText;
    }
    .skeleton-line::after {
      display: none;
    }
    .status {
      border: 1px solid CanvasText;
    }
  }
`;

/** Tokens plus the shared building blocks; put first in every widget's `static styles`. */
export const baseStyles = [tokens, base];
