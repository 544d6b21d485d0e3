// The goal form, one per framework: each explains its prompts briefly, with an example, and
// shows the messages of the shared rules next to the fields they are about.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { GoalFramework } from '../../contract/goal.js';
import { GOAL_FRAMEWORKS } from '../../contract/values.js';
import { FRAMEWORK_CRITERIA } from '../../contract/goal-patch.js';
import { renderError } from '../../core/task-view.js';
import type { GoalFormController } from './goal-form.controller.js';
import { criterionCopy, frameworkCopy } from './goal-tracker-copy.js';
import { inputValue, renderField } from './goal-tracker-fields.js';
import { renderKeyResultEditor } from './goal-tracker-key-results.js';
import { renderMilestoneEditor } from './goal-tracker-milestones.js';

export interface GoalFormView {
  form: GoalFormController;
  /** Set when the program or the pair fixed the framework. */
  fixedFramework: GoalFramework | undefined;
  /** Autosave state text for an edit ("Saving…", "All changes saved"). */
  saveState: string;
  /** Creates the new goal (the element emits its event). */
  submit: () => void;
}

function renderFrameworkChoice(form: GoalFormController): TemplateResult {
  return html`<fieldset class="frameworks" part="framework-choice">
    <legend class="label">${msg('Framework')}</legend>
    <div class="framework-options">
      ${GOAL_FRAMEWORKS.map((framework) => {
        const copy = frameworkCopy(framework);
        return html`<label class="framework-option">
          <input
            type="radio"
            name="framework"
            data-path="framework"
            value=${framework}
            .checked=${form.draft.framework === framework}
          />
          <span class="framework-name">${copy.name}</span>
        </label>`;
      })}
    </div>
  </fieldset>`;
}

export function renderGoalForm(view: GoalFormView): TemplateResult {
  const { form } = view;
  const { draft, errors } = form;
  const creating = form.mode?.kind === 'create';
  const copy = frameworkCopy(draft.framework);
  const isOkr = draft.framework === 'OKR';
  const manual = draft.milestones.length === 0 && draft.keyResults.length === 0;
  const onInput = (event: Event) => {
    const change = inputValue(event);
    if (change) form.set(change.path, change.value);
  };
  return html`<form
    class="goal-form card stack"
    part="goal-form"
    novalidate
    aria-labelledby="goal-form-title"
    @input=${onInput}
    @submit=${(event: Event) => {
      event.preventDefault();
      if (creating) view.submit();
      else form.close();
    }}
  >
    <h3 id="goal-form-title">${creating ? msg('New goal') : msg('Edit goal')}</h3>
    ${view.fixedFramework ? nothing : renderFrameworkChoice(form)}
    <div class="framework-help" part="framework-help">
      <p><strong>${copy.name}</strong>: ${copy.summary}</p>
      <p class="muted">${msg('Example:')} ${copy.example}</p>
    </div>
    ${renderField({
      path: 'title',
      label: isOkr ? msg('Objective') : msg('Goal'),
      value: draft.title,
      error: errors['title'],
      required: true,
      maxlength: 200,
    })}
    ${renderField({
      path: 'description',
      label: msg('Notes (optional)'),
      value: draft.description,
      type: 'textarea',
      maxlength: 4000,
    })}
    ${FRAMEWORK_CRITERIA[draft.framework].map((key) => {
      const text = criterionCopy(key);
      return renderField({
        path: `criteria.${key}`,
        label: text.label,
        hint: text.hint,
        value: draft.criteria[key] ?? '',
        error: errors[`criteria.${key}`],
        type: 'textarea',
        maxlength: 1000,
      });
    })}
    ${renderField({
      path: 'dueDate',
      label: msg('Due date'),
      value: draft.dueDate,
      type: 'date',
      error: errors['dueDate'],
      ...(draft.framework === 'SMART' ? { hint: msg('Required for SMART goals.') } : {}),
    })}
    ${
      isOkr || draft.keyResults.length > 0
        ? renderKeyResultEditor({
            keyResults: draft.keyResults,
            errors,
            add: () => form.addKeyResult(),
            remove: (i) => form.remove('keyResults', i),
          })
        : nothing
    }
    ${renderMilestoneEditor({
      milestones: draft.milestones,
      errors,
      add: () => form.addMilestone(),
      remove: (i) => form.remove('milestones', i),
    })}
    ${
      manual
        ? renderField({
            path: 'progress',
            label: msg('Progress (%)'),
            hint: msg('Without milestones or key results, set progress by hand.'),
            value: draft.progress,
            type: 'number',
            min: '0',
            max: '100',
            step: '1',
            inputmode: 'numeric',
            error: errors['progress'],
          })
        : nothing
    }
    ${form.submitError ? renderError(form.submitError, () => view.submit()) : nothing}
    <div class="row form-actions">
      ${
        creating
          ? html`<button type="submit" class="button primary" ?disabled=${form.submitting}>
                ${form.submitting ? msg('Adding…') : msg('Add goal')}
              </button>
              <button type="button" class="button" @click=${() => form.cancel()}>
                ${msg('Cancel')}
              </button>`
          : html`<button type="submit" class="button primary">${msg('Done')}</button>
              <span class="small muted">${view.saveState}</span>`
      }
    </div>
    <div class="visually-hidden" role="alert">${form.errorSummary()}</div>
  </form>`;
}
