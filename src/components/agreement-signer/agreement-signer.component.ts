import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { msg, str } from '@lit/localize';
import type { MentoringApi } from '../../client/api.js';
import type { Agreement } from '../../contract/index.js';
import type { SignatureMethod } from '../../contract/agreement.js';
import { SIGNATURE_METHODS } from '../../contract/values.js';
import { agreementContentHash } from '../../contract/hashing.js';
import type { MentorEventMap, MentorEventName } from '../../core/events.js';
import { MentorElement } from '../../core/mentor-element.js';
import { renderTask, TaskRefresh } from '../../core/task-view.js';
import { agreementSignerStyles } from './agreement-signer.styles.js';
import { changedSince } from './agreement-signer-copy.js';
import { renderSignPanel } from './agreement-sign-panel.js';
import { renderHeader, renderSignatures, renderTerms } from './agreement-terms.js';
import { findBaseline, markRead } from './baseline.js';
import { EndMentorshipController } from './end-mentorship.controller.js';
import type { EditViews, SignerData, SignerHost } from './signer-host.js';
import { SigningController } from './signing.controller.js';
import { TermsEditorController } from './terms-editor.controller.js';

const hashMatches = async (a: Agreement) =>
  (await agreementContentHash(a.id, a.version, a.sections)) === a.contentHash;

function parseMethods(value: string | null): SignatureMethod[] | undefined {
  const methods = (value ?? '')
    .split(/[\s,]+/)
    .filter((m): m is SignatureMethod => (SIGNATURE_METHODS as readonly string[]).includes(m));
  return methods.length ? methods : undefined;
}

/**
 * The partnership agreement of a mentorship: read the terms, edit them (a new version that voids
 * earlier signatures; the partner sees what changed), sign with a typed or drawn signature that
 * carries consent, intent, attribution and the version's SHA-256 (recomputed in the browser), see
 * the hash-chained audit trail and the certificate of completion, and end the mentorship without
 * fault.
 *
 * @summary Partnership agreement: terms, two e-signatures, audit trail, certificate, no-fault exit.
 *
 * @fires mentor-agreement-edit - The terms were saved as a new version. Detail: `{ agreement }`.
 * @fires mentor-agreement-sign - The signed-in person signed. Detail: `{ agreement, signature }`.
 * @fires mentor-agreement-complete - Both partners have signed the current version. Detail: `{ agreement }`.
 * @fires mentor-mentorship-end - The mentorship was ended from here. Detail: `{ mentorship, closeOutSurveyId }`.
 *
 * @slot legal-notice - Extra legal text shown above the consent box (e.g. your company's e-signature policy).
 * @slot help - Help shown under the header (who to ask, what the agreement is for).
 * @slot close-out - Shown once the mentorship has ended, e.g. a `<mentor-feedback-survey>` for the close-out survey.
 *
 * @csspart header - Title, status, version and fingerprint.
 * @csspart status - The status badge.
 * @csspart hash - The SHA-256 of the terms.
 * @csspart hash-mismatch - The alarm shown when the browser's hash differs from the server's.
 * @csspart terms - The terms as text.
 * @csspart diff - What changed since the person signed or last read.
 * @csspart editor - The terms editor.
 * @csspart stale - Both versions after a conflicting edit.
 * @csspart signatures - Who signed the current version.
 * @csspart sign-panel - Consent, signing method, name, drawing and the sign button.
 * @csspart statement - The exact words agreed to.
 * @csspart sign-button - The "Sign version N" button.
 * @csspart signature-pad - The drawing pad.
 * @csspart stale-signature - Message after a signature on an outdated version was refused.
 * @csspart actions - Audit, certificate and end buttons.
 * @csspart end-dialog - The end-mentorship dialog.
 * @csspart ended - The "mentorship ended" notice.
 * @csspart base - The signer's outer box.
 * @csspart changes - What changed since the version the person signed or last read.
 * @csspart close-out - The notice that asks both partners for the close-out survey.
 *
 * @cssprop [--mentor-signer-max-width=48rem] - Widest the agreement grows.
 */
export class MentorAgreementSigner extends MentorElement implements SignerHost {
  static override styles = [MentorElement.styles, agreementSignerStyles];

  /** The agreement to show. With neither this nor `mentorship-id`: the signed-in person's current mentorship. */
  @property({ attribute: 'agreement-id' }) agreementId = '';

  /** Or the mentorship whose agreement to show. */
  @property({ attribute: 'mentorship-id' }) mentorshipId = '';

  /** Show only: no editing, signing or ending. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Allowed ways of signing, e.g. `typed` or `typed drawn`. Narrows the program's policy (never
   * widens it); typed is always possible when the program allows it.
   */
  @property({ attribute: 'signature-methods', converter: { fromAttribute: parseMethods } })
  signatureMethods?: SignatureMethod[];

  @state() private _data?: SignerData;
  @state() private _announcement = '';
  @state() private _record: 'audit' | 'certificate' | undefined;
  @state() private _recordLoaded = false;
  @state() private _views?: EditViews;

  private readonly _editor = new TermsEditorController(this);
  private readonly _signing = new SigningController(this);
  private readonly _end = new EndMentorshipController(this);

  private readonly _load = new Task(this, {
    task: async ([, agreementId, mentorshipId], { signal }) => {
      const api = this.requireApi();
      const me = await this.currentUser(signal);
      let mentorship = mentorshipId
        ? await api.getMentorship(mentorshipId, { signal })
        : agreementId
          ? null
          : await this._currentMentorship(signal);
      const id = agreementId || mentorship?.agreementId;
      if (!id) return (this._data = undefined);
      const agreement = await api.getAgreement(id, { signal });
      const [found, audit, hashOk] = await Promise.all([
        mentorship ?? api.getMentorship(agreement.mentorshipId, { signal }).catch(() => null),
        api.getAgreementAudit(id, { signal }),
        hashMatches(agreement),
      ]);
      mentorship = found;
      const baseline = await findBaseline(api, agreement, audit.items, me.person.id, signal);
      if (baseline) await this.views();
      return (this._data = { me, agreement, mentorship, hashOk, baseline, audit: audit.items });
    },
    args: () => [this.api, this.agreementId, this.mentorshipId] as const,
  });

  private readonly _reload = new TaskRefresh(this._load);

  /** With neither id: the signed-in person's newest active mentorship (else their newest). */
  private async _currentMentorship(signal: AbortSignal) {
    const { items } = await this.requireApi().listMentorships({ signal });
    const withAgreement = items.filter((m) => m.agreementId);
    return withAgreement.find((m) => m.status === 'active') ?? withAgreement[0] ?? null;
  }

  async views(): Promise<EditViews> {
    this._views ??= await import('./agreement-edit-views.js');
    return this._views;
  }

  get data(): SignerData | undefined {
    return this._data;
  }

  get signerApi(): MentoringApi {
    return this.requireApi();
  }

  /** Resolves once the agreement (and everything shown with it) has loaded. */
  async loaded(): Promise<void> {
    await this._load.taskComplete;
    await this.updateComplete;
  }

  async replaceAgreement(agreement: Agreement): Promise<void> {
    const data = this._data;
    if (!data) return;
    const [hashOk, audit] = await Promise.all([
      hashMatches(agreement),
      this.signerApi.getAgreementAudit(agreement.id).then(
        (t) => t.items,
        () => data.audit,
      ),
    ]);
    this._data = { ...data, agreement, hashOk, audit, baseline: null };
  }

  async reload(): Promise<void> {
    await this._reload.run();
    await this.updateComplete;
  }

  announce(text: string): void {
    this._announcement = text;
  }

  fire<K extends MentorEventName>(name: K, detail: MentorEventMap[K]): void {
    this.emit(name, detail);
  }

  private async _openRecord(which: 'audit' | 'certificate'): Promise<void> {
    if (this._record === which) {
      this._record = undefined;
      return;
    }
    if (!this._recordLoaded) {
      await import('./agreement-record.define.js');
      this._recordLoaded = true;
    }
    this._record = which;
  }

  private _names(data: SignerData): Record<string, string> {
    const names: Record<string, string> = { [data.me.person.id]: data.me.person.name };
    if (data.mentorship) {
      names[data.mentorship.mentorId] = data.mentorship.mentorName;
      names[data.mentorship.menteeId] = data.mentorship.menteeName;
    }
    for (const s of data.agreement.signatures) names[s.personId] = s.name;
    return names;
  }

  private _renderBaseline(data: SignerData) {
    const { baseline, agreement, me } = data;
    const views = this._views;
    if (!baseline || !views || this._editor.editing) return nothing;
    const { renderDiff, diffSections } = views;
    return html`<div class="status" part="changes">
      <p class="status-title">${changedSince(baseline.version.version, baseline.reason)}</p>
      ${renderDiff(
        diffSections(baseline.version.sections, agreement.sections),
        msg(str`Changes from version ${baseline.version.version} to version ${agreement.version}`),
      )}
      <button
        type="button"
        class="button"
        @click=${() => {
          markRead(me.person.id, agreement);
          this._data = { ...data, baseline: null };
        }}
      >
        ${msg('Mark the changes as read')}
      </button>
    </div>`;
  }

  private _renderRecord(data: SignerData) {
    if (!this._record || !this._recordLoaded) return nothing;
    const names = this._names(data);
    return this._record === 'audit'
      ? html`<mentor-agreement-audit
          .events=${data.audit}
          .names=${names}
        ></mentor-agreement-audit>`
      : html`<div class="certificate-region">
          <mentor-agreement-certificate
            .agreement=${data.agreement}
            .events=${data.audit}
            .names=${names}
          ></mentor-agreement-certificate>
        </div>`;
  }

  private _renderLoaded(data: SignerData | undefined) {
    if (!data)
      return html`<p class="status" part="empty">
        ${
          this.agreementId || this.mentorshipId
            ? msg('This mentorship has no agreement yet.')
            : msg('You have no mentorship with an agreement yet.')
        }
      </p>`;
    const { agreement, me, mentorship } = data;
    const partner = agreement.mentorId === me.person.id || agreement.menteeId === me.person.id;
    const ended = agreement.status === 'ended';
    const writable = partner && !this.readonly && !ended;
    const mine = agreement.signatures.some((s) => s.personId === me.person.id);
    const canSign = writable && !mine && data.hashOk && !this._editor.editing;
    const canEnd = writable && mentorship?.status === 'active';
    const partnerName =
      mentorship &&
      (me.person.id === mentorship.mentorId ? mentorship.menteeName : mentorship.mentorName);
    return html`${renderHeader({ agreement, hashOk: data.hashOk, locale: this.locale })}
      ${
        ended
          ? html`<div class="status" part="close-out">
              <p>${msg('Both of you are asked to fill in the close-out survey.')}</p>
              <slot name="close-out"></slot>
            </div>`
          : nothing
      }
      ${this._renderBaseline(data)}
      ${
        this._editor.editing && writable && this._views
          ? this._views.renderEditor(this._editor)
          : html`${renderTerms(agreement.sections)}
            ${
              writable
                ? html`<div class="no-print">
                    <button
                      type="button"
                      class="button"
                      @click=${() => void this._editor.start(agreement)}
                    >
                      ${msg('Edit the terms')}
                    </button>
                  </div>`
                : nothing
            }`
      }
      ${renderSignatures(agreement, this.locale)}
      ${
        canSign
          ? renderSignPanel({
              agreement,
              profileName: me.person.name,
              methods: this._signing.allowedMethods(agreement, this.signatureMethods),
              signing: this._signing,
            })
          : mine && !ended
            ? html`<p class="status success">${msg('You have signed this version.')}</p>`
            : nothing
      }
      <div class="actions no-print" part="actions">
        <button
          type="button"
          class="button"
          aria-expanded=${this._record === 'audit' ? 'true' : 'false'}
          @click=${() => this._openRecord('audit')}
        >
          ${msg('Audit trail')}
        </button>
        ${
          agreement.signatures.length
            ? html`<button
                type="button"
                class="button"
                aria-expanded=${this._record === 'certificate' ? 'true' : 'false'}
                @click=${() => this._openRecord('certificate')}
              >
                ${msg('Certificate of completion')}
              </button>`
            : nothing
        }
        ${
          canEnd
            ? html`<button
                type="button"
                class="button danger"
                @click=${() => void this._end.open()}
              >
                ${msg('End the mentorship')}
              </button>`
            : nothing
        }
      </div>
      ${this._renderRecord(data)}
      ${canEnd && this._views ? this._views.renderEndDialog(this._end, partnerName ?? '') : nothing}`;
  }

  override render() {
    const printing = this._record === 'certificate' ? 'printing-certificate' : '';
    return html`<div class="signer ${printing}" part="base" aria-labelledby="title">
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${renderTask(this._load, () => this._renderLoaded(this._data), {
        loadingLabel: msg('Loading the agreement'),
        skeleton: { lines: 8 },
        // A reload (e.g. after a stale signature) keeps the agreement on screen: a skeleton would
        // remove the sign panel and take what was ticked, typed and drawn off the page.
        refreshing: this._reload.active,
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-agreement-signer': MentorAgreementSigner;
  }
}
