import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { AuditEvent, ChainCheck } from '../../contract/index.js';
import { verifyAuditChain } from '../../contract/agreement-rules.js';
import { MentorElement } from '../../core/mentor-element.js';
import { renderAuditRows, renderChainCheck, type Names } from './agreement-audit-rows.js';
import { agreementRecordStyles } from './agreement-record.styles.js';

/**
 * The audit trail of an agreement: every event with time, actor and hash links, and the result of
 * recomputing the hash chain in the browser ("chain intact", or where it breaks).
 *
 * @summary Audit trail with in-browser hash-chain verification (loaded on demand).
 * @csspart chain - The chain verification result.
 * @csspart audit-list - The list of events.
 */
export class MentorAgreementAudit extends MentorElement {
  static override styles = [MentorElement.styles, agreementRecordStyles];

  @property({ attribute: false }) events: AuditEvent[] = [];
  /** Person id -> name, for the actor column. */
  @property({ attribute: false }) names: Names = {};

  @state() private _check?: ChainCheck;

  /** Resolves with the verification result of the current events. */
  verified?: Promise<ChainCheck>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events')) {
      this._check = undefined;
      const events = this.events;
      this.verified = verifyAuditChain(events).then((check) => {
        if (events === this.events) this._check = check;
        return check;
      });
    }
  }

  override render() {
    const broken = this._check && !this._check.intact ? this._check.brokenAt : undefined;
    return html`<section class="record" aria-labelledby="audit-title">
      <h3 id="audit-title">${msg('Audit trail')}</h3>
      ${renderChainCheck(this._check)}
      ${renderAuditRows(this.events, this.names, this.locale, broken)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-agreement-audit': MentorAgreementAudit;
  }
}
