// The terms as structured text (never HTML from the server), the status header and who signed.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Agreement, AgreementSection } from '../../contract/index.js';
import {
  endedNotice,
  hashMismatch,
  methodLabel,
  roleLabel,
  signedBy,
  statusLabel,
  versionLabel,
} from './agreement-signer-copy.js';
import { formatStamp } from './stamp.js';

export interface HeaderView {
  agreement: Agreement;
  hashOk: boolean;
  locale: string;
}

export function renderHeader({ agreement, hashOk, locale }: HeaderView) {
  return html`<div class="header" part="header">
    <h2 id="title">${agreement.title}</h2>
    <p>
      <span class="badge" part="status">${statusLabel(agreement.status)}</span>
      <span>${versionLabel(agreement.version)}</span>
      <span class="muted small"
        >${msg(str`Last changed ${formatStamp(agreement.updatedAt, locale)}`)}</span
      >
    </p>
    <p class="small">
      ${msg('Fingerprint (SHA-256) of these terms:')}
      <span class="hash" part="hash">${agreement.contentHash}</span>
      ${hashOk ? html`<span>${msg('(checked in your browser)')}</span>` : nothing}
    </p>
    ${
      hashOk
        ? nothing
        : html`<div class="status error alarm" role="alert" part="hash-mismatch">
            <p class="status-title">${msg('These terms cannot be verified')}</p>
            <p>${hashMismatch()}</p>
          </div>`
    }
    ${
      agreement.status === 'ended' && agreement.endedAt
        ? html`<p class="status" part="ended">
            ${endedNotice(formatStamp(agreement.endedAt, locale))}
          </p>`
        : nothing
    }
    <slot name="help"></slot>
  </div>`;
}

export function renderTerms(sections: readonly AgreementSection[]) {
  return html`<div class="terms" part="terms">
    ${sections.map(
      (section) =>
        html`<section>
          <h3>${section.title}</h3>
          <p>${section.body}</p>
        </section>`,
    )}
  </div>`;
}

export function renderSignatures(agreement: Agreement, locale: string) {
  const waiting = agreement.status === 'ended' ? [] : missingRoles(agreement);
  return html`<section class="signatures" part="signatures" aria-labelledby="signatures-title">
    <h3 id="signatures-title">${msg('Signatures on this version')}</h3>
    ${
      agreement.signatures.length === 0
        ? html`<p class="muted">${msg('Nobody has signed this version yet.')}</p>`
        : html`<ul>
            ${agreement.signatures.map(
              (s) =>
                html`<li>
                  ${signedBy(s.name, roleLabel(s.role), formatStamp(s.signedAt, locale), methodLabel(s.method))}
                </li>`,
            )}
          </ul>`
    }
    ${
      waiting.length
        ? html`<p class="muted">
            ${msg(str`Waiting for: ${waiting.map((role) => roleLabel(role)).join(', ')}`)}
          </p>`
        : nothing
    }
  </section>`;
}

const missingRoles = (agreement: Agreement) =>
  (['mentee', 'mentor'] as const).filter(
    (role) => !agreement.signatures.some((s) => s.role === role),
  );
