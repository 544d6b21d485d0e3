// Audit events as a list a person (and a printed page) can read: what, who, when, which version,
// and the hash links of the chain. Used by the audit view and the certificate.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { AuditEvent, ChainCheck } from '../../contract/index.js';
import { auditTypeLabel, chainBroken, versionLabel } from './agreement-signer-copy.js';
import { formatStamp } from './stamp.js';

export type Names = Record<string, string>;

export function renderChainCheck(check: ChainCheck | undefined) {
  if (!check) return html`<p class="muted" role="status">${msg('Checking the audit chain…')}</p>`;
  return check.intact
    ? html`<p class="status success" role="status" part="chain">
        ${msg(str`Chain intact: all ${check.events} events verified in your browser.`)}
      </p>`
    : html`<div class="status error alarm" role="alert" part="chain">
        <p class="status-title">${chainBroken(check.brokenAt)}</p>
        <p>${msg('Do not rely on this record. Tell the program team.')}</p>
      </div>`;
}

export function renderAuditRows(
  events: readonly AuditEvent[],
  names: Names,
  locale: string,
  broken?: number,
) {
  return html`<ol class="audit" part="audit-list">
    ${events.map(
      (event) =>
        html`<li class=${event.seq === broken ? 'broken' : ''}>
          <p>
            <strong>${event.seq}. ${auditTypeLabel(event.type)}</strong>
            · ${names[event.actorId] ?? event.actorId} · ${formatStamp(event.at, locale)} ·
            ${versionLabel(event.version)}
            ${
              event.seq === broken
                ? html`<strong class="field-error"> ${msg('(does not verify)')}</strong>`
                : nothing
            }
          </p>
          <p class="small hash">${msg('Event hash')}: ${event.hash}</p>
          <p class="small hash muted">${msg('Previous hash')}: ${event.prevHash}</p>
        </li>`,
    )}
  </ol>`;
}
