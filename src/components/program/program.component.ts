import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { MentoringApi } from '../../client/api.js';
import { ApiFromBase } from '../../core/api-from-base.js';
import {
  programContext,
  type ProgramContextValue,
  type ProgramOptions,
} from '../../core/context.js';
import {
  directionOf,
  setLocale,
  toSupportedLocale,
  type SupportedLocale,
} from '../../core/localization.js';
import { programStyles } from './program.styles.js';

/**
 * Wraps the mentoring widgets of a page and gives them what they share: the API they talk to,
 * the locale and the program options. Widgets inside it need no configuration of their own.
 *
 * The locale is page-wide (lit-localize runtime mode): use one locale per page.
 *
 * @summary Provider of the API, locale and options for every mentor-* widget inside it.
 *
 * @slot - The widgets (and any other content) of the mentoring page.
 */
export class MentorProgram extends LitElement {
  static override styles = programStyles;

  /** Base URL of the mentoring API, e.g. `/api/v1`. Ignored when `api` is set. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Cookie mode for requests built from `api-base` (`same-origin`, `include`, `omit`). */
  @property() credentials?: RequestCredentials;

  /**
   * Language of the widgets: `en`, `es` or `ar` (other tags fall back by language, then to
   * English). Arabic lays the widgets out right-to-left. Defaults to the page's `lang`.
   */
  @property({ reflect: true }) locale?: string;

  /** A custom MentoringApi (e.g. MemoryMentoringApi, or an HttpMentoringApi with `getToken`). */
  @property({ attribute: false }) api?: MentoringApi;

  /** Program-wide options for the widgets. */
  @property({ attribute: false }) options: ProgramOptions = {};

  private readonly provider = new ContextProvider(this, { context: programContext });
  private readonly apiFromBase = new ApiFromBase();
  private localeLoading: Promise<void> = Promise.resolve();
  private setDir = false;

  /** The locale in use after normalisation (`es-MX` -> `es`). */
  get activeLocale(): SupportedLocale {
    return toSupportedLocale(this.locale ?? document.documentElement.lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.hasUpdated) this.applyLocale();
    this.provide();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  // Resolves after the locale's translations are loaded, so tests and hosts can await it.
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.localeLoading;
    return result;
  }

  private applyLocale(): void {
    const locale = this.activeLocale;
    this.lang = locale;
    if (directionOf(locale) === 'rtl') {
      this.dir = 'rtl';
      this.setDir = true;
    } else if (this.setDir) {
      this.removeAttribute('dir');
      this.setDir = false;
    }
    this.localeLoading = setLocale(locale).catch((error: unknown) => {
      // Widgets keep working in English; say why in the console for the page's developer.
      console.error(`mentor-program: could not load locale ${locale}`, error);
    });
  }

  private provide(): void {
    const api = this.api ?? this.apiFromBase.get(this.apiBase, this.credentials);
    const value: ProgramContextValue | undefined = api
      ? { api, locale: this.activeLocale, options: this.options }
      : undefined;
    const current = this.provider.value;
    if (
      current?.api === value?.api &&
      current?.locale === value?.locale &&
      current?.options === value?.options
    ) {
      return;
    }
    this.provider.setValue(value);
  }
}
