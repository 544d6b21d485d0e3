import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type {
  Agreement,
  AuditEvent,
  ChainCheck,
  Signature,
  SignatureDrawing,
} from '../../contract/index.js';
import { verifyAuditChain } from '../../contract/agreement-rules.js';
import { MentorElement } from '../../core/mentor-element.js';
import { renderAuditRows, renderChainCheck, type Names } from './agreement-audit-rows.js';
import { agreementRecordStyles } from './agreement-record.styles.js';
import { methodLabel, roleLabel, statusLabel, versionLabel } from './agreement-signer-copy.js';
import { formatStamp } from './stamp.js';

/** A drawn signature from its points: plain SVG polylines, nothing from the data is markup. */
function renderDrawing(drawing: SignatureDrawing, label: string) {
  return html`<svg
    class="signature-image"
    viewBox="0 0 ${drawing.width} ${drawing.height}"
    role="img"
    aria-label=${label}
  >
    ${drawing.strokes.map((stroke) => {
      const points = (stroke.length === 1 ? [stroke[0]!, stroke[0]!] : stroke)
        .map(([x, y]) => `${x},${y}`)
        .join(' ');
      return svg`<polyline points=${points} fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"></polyline>`;
    })}
  </svg>`;
}

function renderSignatureBlock(signature: Signature, locale: string) {
  return html`<div class="signature-block" part="certificate-signature">
    ${
      signature.method === 'drawn' && signature.drawing
        ? renderDrawing(signature.drawing, msg(str`Drawn signature of ${signature.name}`))
        : html`<p class="typed-signature">${signature.typedName}</p>`
    }
    <dl>
      <dt>${msg('Signer')}</dt>
      <dd>${signature.name} (${roleLabel(signature.role)})</dd>
      <dt>${msg('Typed name')}</dt>
      <dd>${signature.typedName}</dd>
      <dt>${msg('Method')}</dt>
      <dd>${methodLabel(signature.method)}</dd>
      <dt>${msg('Signed at')}</dt>
      <dd>${formatStamp(signature.signedAt, locale)}</dd>
      <dt>${msg('Authentication')}</dt>
      <dd>${signature.authentication}</dd>
      <dt>${msg('IP address')}</dt>
      <dd class="hash">${signature.ipAddress ?? msg('Not recorded')}</dd>
      <dt>${msg('Browser')}</dt>
      <dd>${signature.userAgent ?? msg('Not recorded')}</dd>
      <dt>${msg('Words agreed to')}</dt>
      <dd>${signature.statement}</dd>
    </dl>
  </div>`;
}

/**
 * Certificate of completion of a signed agreement, like the ones e-signature services attach:
 * parties, how each signer was authenticated, their signature, IP address and browser, the
 * version's SHA-256, and the full timeline. Prints on its own (print stylesheet).
 *
 * @summary Printable certificate of completion (loaded on demand).
 * @csspart certificate - The certificate.
 * @csspart certificate-signature - One signer's block.
 * @csspart print-button - The "Print or save as PDF" button.
 */
export class MentorAgreementCertificate extends MentorElement {
  static override styles = [MentorElement.styles, agreementRecordStyles];

  @property({ attribute: false }) agreement?: Agreement;
  @property({ attribute: false }) events: AuditEvent[] = [];
  @property({ attribute: false }) names: Names = {};

  @state() private _check?: ChainCheck;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events')) {
      const events = this.events;
      this._check = undefined;
      void verifyAuditChain(events).then((check) => {
        if (events === this.events) this._check = check;
      });
    }
  }

  override render() {
    const a = this.agreement;
    if (!a) return nothing;
    const completed = a.signatures
      .map((s) => s.signedAt)
      .sort()
      .at(-1);
    return html`<article class="record" part="certificate" aria-labelledby="certificate-title">
      <h2 id="certificate-title">${msg('Certificate of completion')}</h2>
      <dl>
        <dt>${msg('Agreement')}</dt>
        <dd>${a.title}</dd>
        <dt>${msg('Reference')}</dt>
        <dd class="hash">${a.id}</dd>
        <dt>${msg('Version signed')}</dt>
        <dd>${versionLabel(a.version)}</dd>
        <dt>${msg('SHA-256 of the terms')}</dt>
        <dd class="hash">${a.contentHash}</dd>
        <dt>${msg('Status')}</dt>
        <dd>${statusLabel(a.status)}</dd>
        ${
          completed
            ? html`<dt>${msg('Completed')}</dt>
                <dd>${formatStamp(completed, this.locale)}</dd>`
            : nothing
        }
        <dt>${msg('Parties')}</dt>
        <dd>
          ${this.names[a.mentorId] ?? a.mentorId} (${roleLabel('mentor')}),
          ${this.names[a.menteeId] ?? a.menteeId} (${roleLabel('mentee')})
        </dd>
      </dl>
      <section aria-labelledby="cert-signatures">
        <h3 id="cert-signatures">${msg('Signatures')}</h3>
        ${a.signatures.map((s) => renderSignatureBlock(s, this.locale))}
      </section>
      <section aria-labelledby="cert-timeline">
        <h3 id="cert-timeline">${msg('Timeline')}</h3>
        ${renderChainCheck(this._check)} ${renderAuditRows(this.events, this.names, this.locale)}
      </section>
      <div class="no-print">
        <button
          type="button"
          class="button primary"
          part="print-button"
          @click=${() => window.print()}
        >
          ${msg('Print or save as PDF')}
        </button>
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-agreement-certificate': MentorAgreementCertificate;
  }
}
