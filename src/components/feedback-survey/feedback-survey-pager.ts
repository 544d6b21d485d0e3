// Progress and the buttons under the questions: Back / Next between sections in the paged
// layout, and Send on the last page (or under everything in the one-page layout).
import { html, nothing } from 'lit';
import { styleProperty } from '../../core/style-property.js';
import { answeredProgress, copy, pageProgress } from './feedback-survey-copy.js';

export interface PagerView {
  paged: boolean;
  pageIndex: number;
  pageCount: number;
  answered: number;
  total: number;
  sending: boolean;
  disabled: boolean;
  /** False when the widget has no API to send to (a field in a host form only). */
  canSend: boolean;
  onBack: () => void;
  onNext: () => void;
  onSend: () => void;
}

export function renderProgress(view: PagerView) {
  const share = view.total ? Math.round((view.answered / view.total) * 100) : 0;
  return html`<div class="progress" part="progress">
    ${
      view.paged && view.pageCount > 1
        ? html`<span>${pageProgress(view.pageIndex + 1, view.pageCount)}</span>`
        : nothing
    }
    <span class="muted">${answeredProgress(view.answered, view.total)}</span>
    <span class="progress-track" aria-hidden="true"
      ><span class="progress-bar" ${styleProperty('--share', `${share}%`)}></span
    ></span>
  </div>`;
}

export function renderPager(view: PagerView) {
  const last = !view.paged || view.pageIndex >= view.pageCount - 1;
  const first = !view.paged || view.pageIndex === 0;
  return html`<div class="pager" part="pager">
    ${
      first
        ? nothing
        : html`<button type="button" class="button" part="back-button" @click=${view.onBack}>
            ${copy.back()}
          </button>`
    }
    ${
      !last
        ? html`<button
            type="button"
            class="button primary"
            part="next-button"
            ?disabled=${view.disabled}
            @click=${view.onNext}
          >
            ${copy.next()}
          </button>`
        : view.canSend
          ? html`<button
              type="button"
              class="button primary"
              part="submit-button"
              ?disabled=${view.disabled}
              aria-disabled=${view.sending ? 'true' : 'false'}
              @click=${view.onSend}
            >
              ${view.sending ? copy.sending() : copy.submit()}
            </button>`
          : nothing
    }
  </div>`;
}
