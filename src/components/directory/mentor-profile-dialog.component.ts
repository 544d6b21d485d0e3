import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { MentorCard } from '../../contract/index.js';
import { baseStyles } from '../../core/base.styles.js';
import { formatPercent } from '../../core/format.js';
import { CardActionEvent } from './card-action.js';
import {
  formatList,
  initials,
  languageName,
  localTime,
  notRequestableText,
  programTypeLabel,
  reasonSentence,
  responsivenessText,
  spotsText,
} from './directory-copy.js';

/**
 * A mentor's full profile in a modal `<dialog>`: labelled by the mentor's name, closed with
 * Escape or the Close button, and focus goes back to what opened it.
 *
 * @summary Full mentor profile dialog used by `<mentor-directory>`.
 * @tagname mentor-profile-dialog (registered by `<mentor-directory>` when it first needs it)
 * @csspart dialog - The native dialog box.
 * @csspart request-button - "Request mentoring" inside the dialog.
 */
@localized()
export class MentorProfileDialog extends LitElement {
  static override styles = [
    baseStyles,
    css`
      dialog {
        inline-size: min(40rem, calc(100vw - 2rem));
        max-block-size: calc(100vh - 2rem);
        padding: var(--mk-space-5);
        border: 1px solid var(--mk-color-border);
        border-radius: var(--mk-radius);
        background: var(--mk-color-surface-raised);
        color: var(--mk-color-text);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      header {
        display: flex;
        gap: var(--mk-space-3);
        align-items: center;
      }
      header > div {
        flex: 1;
      }
      .avatar {
        inline-size: 4rem;
        block-size: 4rem;
        border-radius: 50%;
        object-fit: cover;
        display: grid;
        place-items: center;
        background: var(--mk-color-accent-soft);
        color: var(--mk-color-accent);
        font-weight: 700;
        font-size: 1.25rem;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, auto) 1fr;
        gap: var(--mk-space-1) var(--mk-space-3);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      section {
        margin-block: var(--mk-space-4);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--mk-space-2);
        justify-content: flex-end;
      }
      .not-requestable {
        color: var(--mk-color-danger);
      }
    `,
  ];

  @property() locale = 'en';
  @state() private _card?: MentorCard;
  @query('dialog') private _dialog!: HTMLDialogElement;
  private _opener?: HTMLElement;

  /** The mentor shown, if the dialog is open. */
  get card(): MentorCard | undefined {
    return this._dialog?.open ? this._card : undefined;
  }

  /** Open for `card`; focus returns to `opener` (or the previously focused element) on close. */
  async show(card: MentorCard, opener?: HTMLElement): Promise<void> {
    this._card = card;
    this._opener = opener;
    await this.updateComplete;
    if (!this._dialog.open) this._dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
  }

  close(): void {
    this._dialog?.close();
  }

  private _onClose() {
    const opener = this._opener;
    this._opener = undefined;
    if (opener?.isConnected) opener.focus();
  }

  private _request(event: Event) {
    const card = this._card;
    if (!card) return;
    this.close();
    this.dispatchEvent(new CardActionEvent('request', card, event.currentTarget as HTMLElement));
  }

  override render() {
    const card = this._card;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this._onClose}>
      ${card ? this._renderProfile(card) : nothing}
    </dialog>`;
  }

  private _renderProfile(card: MentorCard) {
    const { mentor, match } = card;
    const list = (items: readonly string[]) =>
      items.length ? formatList(items, this.locale) : '—';
    return html`<header>
        ${
          mentor.avatarUrl
            ? html`<img class="avatar" src=${mentor.avatarUrl} alt="" />`
            : html`<span class="avatar" aria-hidden="true">${initials(mentor.name)}</span>`
        }
        <div>
          <h2 id="title">${mentor.name}</h2>
          <p class="muted">${mentor.title} · ${mentor.department}</p>
        </div>
        <button type="button" class="button close" @click=${() => this.close()}>
          ${msg('Close')}
        </button>
      </header>
      <section>
        <p>${mentor.bio}</p>
      </section>
      <section>
        <h3>${msg(str`${formatPercent(match.score / 100, this.locale)} match`)}</h3>
        <ul>
          ${match.reasons.map((reason) => html`<li>${reasonSentence(this.locale, reason)}</li>`)}
        </ul>
      </section>
      <dl>
        <dt>${msg('Location')}</dt>
        <dd>
          ${mentor.location.city}, ${mentor.location.country}
          (${localTime(this.locale, mentor.location.timeZone)})
        </dd>
        <dt>${msg('Languages')}</dt>
        <dd>${list(mentor.languages.map((tag) => languageName(this.locale, tag)))}</dd>
        <dt>${msg('Skills')}</dt>
        <dd>${list(mentor.skills)}</dd>
        <dt>${msg('Interests')}</dt>
        <dd>${list(mentor.interests)}</dd>
        <dt>${msg('Experience')}</dt>
        <dd>${msg(str`${mentor.yearsExperience} years`)}</dd>
        <dt>${msg('Programs')}</dt>
        <dd>${list(mentor.programTypes.map(programTypeLabel))}</dd>
        <dt>${msg('Availability')}</dt>
        <dd>${spotsText(card)}</dd>
        <dt>${msg('Responsiveness')}</dt>
        <dd>${responsivenessText(this.locale, mentor)}</dd>
      </dl>
      <div class="actions">
        ${
          card.requestable
            ? html`<button
                type="button"
                part="request-button"
                class="button primary"
                @click=${this._request}
              >
                ${msg('Request mentoring')}
              </button>`
            : html`<p class="not-requestable">${notRequestableText(card)}</p>`
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-profile-dialog': MentorProfileDialog;
  }
}
