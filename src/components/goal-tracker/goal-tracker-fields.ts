// Small form pieces shared by the goal, milestone, key result and recap forms: a labelled input
// with its hint and its error, wired for assistive technology.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** `milestones.0.title` -> `f-milestones-0-title`: a valid id inside the shadow root. */
export const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export interface FieldSpec {
  path: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'date' | 'number' | 'textarea';
  required?: boolean;
  /** For number inputs: the step (default any). */
  step?: string;
  min?: string;
  max?: string;
  inputmode?: 'decimal' | 'numeric';
  maxlength?: number;
  /** Visually hidden label (rows of a table-like list). */
  compact?: boolean;
}

export function renderField(spec: FieldSpec): TemplateResult {
  const id = fieldId(spec.path);
  const described = [spec.hint ? `${id}-hint` : '', spec.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    describedby: described || undefined,
    invalid: spec.error ? 'true' : undefined,
  };
  const control =
    spec.type === 'textarea'
      ? html`<textarea
          class="input"
          id=${common.id}
          data-path=${spec.path}
          rows="2"
          maxlength=${ifDefined(spec.maxlength)}
          aria-describedby=${ifDefined(common.describedby)}
          aria-invalid=${ifDefined(common.invalid)}
          .value=${live(spec.value)}
        ></textarea>`
      : html`<input
          class="input"
          id=${common.id}
          data-path=${spec.path}
          type=${spec.type ?? 'text'}
          step=${ifDefined(spec.step)}
          min=${ifDefined(spec.min)}
          max=${ifDefined(spec.max)}
          inputmode=${ifDefined(spec.inputmode)}
          maxlength=${ifDefined(spec.maxlength)}
          ?required=${spec.required ?? false}
          aria-describedby=${ifDefined(common.describedby)}
          aria-invalid=${ifDefined(common.invalid)}
          .value=${live(spec.value)}
        />`;
  return html`<div class="field ${spec.compact ? 'compact' : ''}">
    <label class="label ${spec.compact ? 'visually-hidden' : ''}" for=${id}>${spec.label}</label>
    ${spec.hint ? html`<span class="hint" id="${id}-hint">${spec.hint}</span>` : nothing} ${control}
    ${spec.error ? html`<span class="field-error" id="${id}-error">${spec.error}</span>` : nothing}
  </div>`;
}

/** The value an input event carries: checkboxes give their state, the rest their text. */
export function inputValue(event: Event): { path: string; value: string | boolean } | undefined {
  const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  const path = target.dataset?.['path'];
  if (!path) return undefined;
  const value =
    target instanceof HTMLInputElement && target.type === 'checkbox'
      ? target.checked
      : target.value;
  return { path, value };
}
