import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { localized, msg, str } from '@lit/localize';
// The contract's card (a mentor with score and reasons) is the data this element shows.
import type { MentorCard as MentorCardData } from '../../contract/index.js';
import { baseStyles } from '../../core/base.styles.js';
import { formatPercent } from '../../core/format.js';
import {
  initials,
  languageName,
  localTime,
  notRequestableText,
  reasonSentence,
  responsivenessText,
  spotsText,
} from './directory-copy.js';
import { cardStyles } from './mentor-card.styles.js';
import { CardActionEvent, type CardAction } from './card-action.js';

/**
 * One mentor in the directory: who they are, why they match, whether they can be requested.
 * Used by `<mentor-directory>`; it renders nothing without a `card`.
 *
 * @summary A mentor's card with explained match score.
 * @tagname mentor-card (registered by `<mentor-directory>` with its first results)
 * @csspart card - The card box.
 * @csspart avatar - Photo or initials.
 * @csspart name - The mentor's name (a button that opens the profile).
 * @csspart score - The match score.
 * @csspart why - The expandable list of reasons behind the score.
 * @csspart skills - The list of skills.
 * @csspart spots - Open spots ("1 of 3 spots open", or full).
 * @csspart favourite-button - The save toggle.
 * @csspart request-button - "Request mentoring".
 * @csspart not-requestable - Why the mentor cannot be requested.
 */
@localized()
export class MentorCard extends LitElement {
  static override styles = [baseStyles, cardStyles];

  @property({ attribute: false }) card?: MentorCardData;
  @property({ type: Boolean, reflect: true }) favourite = false;
  @property() locale = 'en';

  private _act(action: CardAction, event: Event) {
    if (this.card)
      this.dispatchEvent(
        new CardActionEvent(action, this.card, event.currentTarget as HTMLElement),
      );
  }

  override render() {
    const card = this.card;
    if (!card) return nothing;
    const { mentor, match } = card;
    const skillReason = match.reasons.find((reason) => reason.kind === 'skills');
    const matchedSkills = new Set(skillReason?.matched ?? []);
    const full = card.openSpots === 0 || mentor.availability.status === 'paused';
    const warnings = match.conflicts.filter((conflict) => conflict.severity === 'warn');
    const percent = formatPercent(match.score / 100, this.locale);
    return html`<div part="card" class=${classMap({ card: true, blocked: !card.requestable })}>
      <div class="head">
        ${
          mentor.avatarUrl
            ? html`<img
                part="avatar"
                class="avatar"
                src=${mentor.avatarUrl}
                alt=""
                loading="lazy"
              />`
            : html`<span part="avatar" class="avatar initials" aria-hidden="true"
                >${initials(mentor.name)}</span
              >`
        }
        <div class="who">
          <h3 class="name-heading">
            <button
              type="button"
              part="name"
              class="name"
              @click=${(e: Event) => this._act('profile', e)}
            >
              ${mentor.name}
            </button>
          </h3>
          <p class="muted small">${mentor.title} · ${mentor.department}</p>
          <p class="muted small">
            ${mentor.location.city}, ${mentor.location.country} ·
            ${localTime(this.locale, mentor.location.timeZone)}
          </p>
        </div>
        <button
          type="button"
          part="favourite-button"
          class="favourite"
          aria-pressed=${this.favourite ? 'true' : 'false'}
          @click=${(e: Event) => this._act('favourite', e)}
        >
          <span aria-hidden="true">${this.favourite ? '★' : '☆'}</span>
          <span class="visually-hidden">${msg(str`Save ${mentor.name}`)}</span>
        </button>
      </div>

      <p part="score" class="score"><strong>${msg(str`${percent} match`)}</strong></p>
      ${
        match.reasons.length > 0
          ? html`<details part="why" class="why">
              <summary>${msg('Why this match')}</summary>
              <ul>
                ${match.reasons.map((reason) => html`<li>${reasonSentence(this.locale, reason)}</li>`)}
              </ul>
            </details>`
          : nothing
      }

      <p class="small">
        <span class="muted">${msg('Speaks')}</span>
        ${mentor.languages.map((tag) => languageName(this.locale, tag)).join(', ')}
      </p>
      <ul part="skills" class="skills" aria-label=${msg('Skills')}>
        ${mentor.skills.map((skill) =>
          matchedSkills.has(skill)
            ? html`<li class="skill matched">
                <mark>${skill}</mark><span class="visually-hidden"> ${msg('(one you want)')}</span>
              </li>`
            : html`<li class="skill">${skill}</li>`,
        )}
      </ul>
      <p part="spots" class=${classMap({ spots: true, full })}>${spotsText(card)}</p>
      <p class="small muted">${responsivenessText(this.locale, mentor)}</p>
      ${warnings.map(() => html`<p class="small warning">${msg('Shares a budget owner with you.')}</p>`)}

      <div class="actions">
        <button type="button" class="button" @click=${(e: Event) => this._act('profile', e)}>
          ${msg('View profile')}<span class="visually-hidden">: ${mentor.name}</span>
        </button>
        ${
          card.requestable
            ? html`<button
                type="button"
                part="request-button"
                class="button primary"
                @click=${(e: Event) => this._act('request', e)}
              >
                ${msg('Request mentoring')}<span class="visually-hidden">: ${mentor.name}</span>
              </button>`
            : html`<p part="not-requestable" class="not-requestable small">
                ${notRequestableText(card)}
              </p>`
        }
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-card': MentorCard;
  }
}
