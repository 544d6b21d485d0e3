// The sign panel: consent (with how to withdraw it and ask for paper), the way of signing, the
// typed name, the drawing pad when chosen, and the exact words agreed to next to the button.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { renderError } from '../../core/task-view.js';
import type { Agreement, SignatureMethod } from '../../contract/index.js';
import { consentText, methodLabel, signButtonLabel } from './agreement-signer-copy.js';
import type { SignaturePadChangeEvent } from './signature-pad.events.js';
import type { SigningController } from './signing.controller.js';

export interface SignPanelView {
  agreement: Agreement;
  profileName: string;
  methods: readonly SignatureMethod[];
  signing: SigningController;
}

const invalid = (signing: SigningController, path: string) =>
  signing.errors.has(path) ? 'true' : 'false';

function fieldError(signing: SigningController, path: string) {
  const message = signing.errors.get(path);
  return message ? html`<p class="field-error" id="${path}-error">${message}</p>` : nothing;
}

function renderMethods({ methods, signing }: SignPanelView) {
  if (methods.length < 2) return nothing;
  return html`<fieldset>
    <legend>${msg('How do you want to sign?')}</legend>
    ${methods.map(
      (method) =>
        html`<label class="check">
          <input
            type="radio"
            name="method"
            .value=${method}
            .checked=${signing.method === method}
            @change=${() => void signing.choose(method)}
          />
          <span>${methodLabel(method)}</span>
        </label>`,
    )}
  </fieldset>`;
}

function renderPad(signing: SigningController) {
  if (signing.method !== 'drawn') return nothing;
  if (!signing.padReady)
    return html`<p class="muted" role="status">${msg('Loading the drawing pad…')}</p>`;
  return html`<div class="field">
    <mentor-signature-pad
      part="signature-pad"
      aria-invalid=${invalid(signing, 'drawing')}
      @signature-pad-change=${(e: SignaturePadChangeEvent) => signing.setDrawing(e.drawing)}
    ></mentor-signature-pad>
    ${fieldError(signing, 'drawing')}
  </div>`;
}

export function renderSignPanel(view: SignPanelView) {
  const { agreement, profileName, signing } = view;
  const statement = signing.statement(agreement, profileName);
  return html`<form
    class="sign-panel stack card"
    part="sign-panel"
    aria-labelledby="sign-title"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      void signing.sign();
    }}
  >
    <h3 id="sign-title">${signButtonLabel(agreement.version)}</h3>
    ${
      signing.staleNotice
        ? html`<div class="status error" role="alert" part="stale-signature">
            <p>${signing.staleNotice}</p>
          </div>`
        : nothing
    }
    <slot name="legal-notice"></slot>
    <div class="field">
      <div class="check">
        <input
          id="consent"
          type="checkbox"
          .checked=${signing.consent}
          aria-invalid=${invalid(signing, 'consent')}
          aria-describedby=${signing.errors.has('consent') ? 'consent-error' : nothing}
          @change=${(e: Event) => signing.set('consent', (e.target as HTMLInputElement).checked)}
        />
        <label for="consent">${consentText(agreement.policy.contact)}</label>
      </div>
      ${fieldError(signing, 'consent')}
    </div>
    ${renderMethods(view)}
    <div class="field">
      <label class="label" for="typedName">${msg('Your full name')}</label>
      <input
        id="typedName"
        class="input"
        autocomplete="name"
        maxlength="120"
        .value=${signing.typedName}
        aria-invalid=${invalid(signing, 'typedName')}
        aria-describedby="typedName-hint ${signing.errors.has('typedName') ? 'typedName-error' : ''}"
        @input=${(e: Event) => signing.set('typedName', (e.target as HTMLInputElement).value)}
      />
      <p class="hint" id="typedName-hint">
        ${msg(str`Type it as in your profile: ${profileName}`)}
      </p>
      ${fieldError(signing, 'typedName')}
    </div>
    ${renderPad(signing)}
    <p>
      ${msg(str`By selecting “${signButtonLabel(agreement.version)}” you agree to these words:`)}
    </p>
    <p class="statement" part="statement">${statement}</p>
    <p class="muted small">
      ${msg(
        str`Signed in as ${profileName}. The time, how you signed in, your IP address and your browser are recorded with your signature.`,
      )}
    </p>
    ${signing.error ? renderError(signing.error) : nothing}
    <div class="actions">
      <button type="submit" class="button primary" part="sign-button" ?disabled=${signing.signing}>
        ${signing.signing ? msg('Signing…') : signButtonLabel(agreement.version)}
      </button>
    </div>
  </form>`;
}
