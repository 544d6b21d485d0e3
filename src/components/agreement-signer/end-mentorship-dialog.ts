// The no-fault exit dialog: what ending means, an optional private reason, confirm or keep going.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { renderError } from '../../core/task-view.js';
import type { EndMentorshipController } from './end-mentorship.controller.js';

export function renderEndDialog(end: EndMentorshipController, partnerName: string) {
  return html`<dialog
    class="end-dialog"
    part="end-dialog"
    aria-labelledby="end-title"
    aria-describedby="end-explainer"
  >
    <form
      method="dialog"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void end.confirm();
      }}
    >
      <h2 id="end-title">${msg('End this mentorship?')}</h2>
      <p id="end-explainer">
        ${msg(
          'Either of you may end the mentorship at any time, without fault. The agreement becomes read-only, the mentor’s spot opens for someone else, and you will both be asked to fill in a short close-out survey.',
        )}
      </p>
      <p>${msg(str`You are ending your mentorship with ${partnerName}.`)}</p>
      <div class="field">
        <label class="label" for="end-reason">${msg('Reason (optional, private)')}</label>
        <textarea
          id="end-reason"
          class="input"
          maxlength="1000"
          .value=${end.reason}
          aria-describedby="end-reason-hint"
          aria-invalid=${end.reasonError ? 'true' : 'false'}
          @input=${(e: Event) => end.setReason((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id="end-reason-hint">
          ${msg('Only the program team sees this. Your partner does not.')}
        </p>
        ${end.reasonError ? html`<p class="field-error">${end.reasonError}</p>` : nothing}
      </div>
      ${end.error ? renderError(end.error) : nothing}
      <div class="actions">
        <button type="submit" class="button danger" ?disabled=${end.ending}>
          ${end.ending ? msg('Ending…') : msg('End the mentorship')}
        </button>
        <button type="button" class="button" @click=${() => end.close()}>
          ${msg('Keep the mentorship')}
        </button>
      </div>
    </form>
  </dialog>`;
}
