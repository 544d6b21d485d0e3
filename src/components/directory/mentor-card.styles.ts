import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    border-radius: var(--mk-radius);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--mk-space-2);
    block-size: 100%;
    padding: var(--mk-space-4);
    background: var(--mk-color-surface-raised);
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius);
    box-shadow: var(--mk-shadow);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .head {
    display: flex;
    gap: var(--mk-space-3);
    align-items: flex-start;
  }
  .who {
    flex: 1;
    min-inline-size: 0;
  }
  .avatar {
    flex: none;
    inline-size: var(--mentor-avatar-size, 3rem);
    block-size: var(--mentor-avatar-size, 3rem);
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    background: var(--mk-color-accent-soft);
    color: var(--mk-color-accent);
    font-weight: 700;
  }
  .name-heading {
    font-size: var(--mk-font-size);
    margin: 0;
  }
  .name {
    all: unset;
    cursor: pointer;
    font-weight: 700;
    color: var(--mk-color-text);
    text-decoration: underline;
    text-decoration-color: transparent;
  }
  .name:hover {
    text-decoration-color: currentColor;
  }
  .name:focus-visible {
    outline: var(--mk-focus-ring-width) solid var(--mk-color-focus);
    outline-offset: 2px;
  }
  .favourite {
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 1px solid var(--mk-color-border);
    border-radius: 50%;
    background: transparent;
    color: var(--mk-color-accent);
    font-size: 1.25rem;
    cursor: pointer;
  }
  .favourite[aria-pressed='true'] {
    background: var(--mk-color-accent-soft);
  }
  .score {
    color: var(--mk-color-accent);
  }
  .why summary {
    cursor: pointer;
    color: var(--mk-color-accent);
    font-size: var(--mk-font-size-small);
  }
  .why ul {
    margin-block: var(--mk-space-2) 0;
    padding-inline-start: var(--mk-space-5);
    font-size: var(--mk-font-size-small);
  }
  .skills {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--mk-font-size-small);
  }
  .skill {
    padding: 0 var(--mk-space-2);
    border: 1px solid var(--mk-color-border);
    border-radius: var(--mk-radius-pill);
  }
  .skill.matched {
    border-color: var(--mk-color-accent);
    background: var(--mk-color-accent-soft);
  }
  mark {
    background: none;
    color: var(--mk-color-accent);
    font-weight: 700;
  }
  .spots {
    font-weight: 600;
    color: var(--mk-color-success);
  }
  .spots.full {
    color: var(--mk-color-danger);
  }
  .warning {
    color: var(--mk-color-warning);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mk-space-2);
    align-items: center;
    margin-block-start: auto;
  }
  .not-requestable {
    flex: 1 1 12rem;
    color: var(--mk-color-danger);
  }
  .blocked {
    background: var(--mk-color-surface-sunken);
  }
`;
