// Base class for every mentor-* widget: finds its MentoringApi (from the nearest
// <mentor-program>, or its own `api` / `api-base`), follows the page locale, and carries the
// shared styles. Widgets load data with @lit/task and render states with ./task-view.js.
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { localized } from '@lit/localize';
import type { MentoringApi } from '../client/api.js';
import type { Me } from '../contract/index.js';
import { programContext, type ProgramContextValue, type ProgramOptions } from './context.js';
import { emit, type MentorEventMap, type MentorEventName } from './events.js';
import { MissingApiError } from './errors-view.js';
import { ApiFromBase } from './api-from-base.js';
import { currentUser } from './current-user.js';
import { getLocale } from './localization.js';
import { baseStyles } from './base.styles.js';

const PROGRAM_TAG = 'mentor-program';

/**
 * Base class for mentor-* widgets. Not registered as a tag itself.
 *
 * Which API a widget uses, most specific first: its `api` property, its `api-base` attribute,
 * then the `api` of the nearest `<mentor-program>`.
 *
 * @summary Shared base for mentorkit widgets (API lookup, locale, styles).
 *
 * @csspart skeleton - Placeholder shown while data loads (from renderTask).
 * @csspart error - Box that says what failed (from renderTask/renderError).
 * @csspart retry-button - The "Try again" button in the error box.
 *
 * @cssprop [--mentor-font-family=inherit] - Font of the widget; inherits the page's by default.
 * @cssprop --mentor-color-text - Main text colour.
 * @cssprop --mentor-color-text-muted - Secondary text colour.
 * @cssprop --mentor-color-surface - Background of the widget and its controls.
 * @cssprop --mentor-color-surface-raised - Background of cards.
 * @cssprop --mentor-color-surface-sunken - Background of wells, chips and status boxes.
 * @cssprop --mentor-color-border - Borders of cards and separators.
 * @cssprop --mentor-color-border-strong - Borders of inputs and buttons (3:1 against the surface).
 * @cssprop --mentor-color-accent - Brand colour of primary buttons, links and selection.
 * @cssprop --mentor-color-on-accent - Text on the accent colour.
 * @cssprop --mentor-color-danger - Errors and destructive actions.
 * @cssprop --mentor-color-success - Success messages.
 * @cssprop --mentor-color-focus - Focus ring colour.
 * @cssprop [--mentor-radius=0.5rem] - Corner radius of cards, buttons and inputs.
 * @cssprop [--mentor-space-4=1rem] - Base spacing unit (also --mentor-space-1 ... --mentor-space-6).
 * @cssprop [--mentor-focus-ring-width=3px] - Width of the focus ring.
 */
@localized()
export class MentorElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /**
   * Base URL of the mentoring API (e.g. `/api/v1`), for a widget used outside a
   * `<mentor-program>`. Ignored when the `api` property is set.
   */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Cookie mode for the API built from `api-base` (`include` sends cookies cross-origin). */
  @property() credentials?: RequestCredentials;

  /** What the nearest `<mentor-program>` provides, if any. */
  @state() protected program?: ProgramContextValue;

  private ownApi?: MentoringApi;
  private readonly apiFromBase = new ApiFromBase();

  private programConsumer = this.consumeProgram();

  /**
   * The MentoringApi this widget talks to: its own `api` property, else one built from its
   * `api-base`, else the one of the nearest `<mentor-program>`; undefined when none is configured.
   */
  get api(): MentoringApi | undefined {
    if (this.ownApi) return this.ownApi;
    return this.apiFromBase.get(this.apiBase, this.credentials) ?? this.program?.api;
  }
  set api(value: MentoringApi | undefined) {
    const old = this.ownApi;
    this.ownApi = value;
    this.requestUpdate('api', old);
  }

  /** The api, or a MissingApiError that task-view renders as a clear configuration message. */
  protected requireApi(): MentoringApi {
    const api = this.api;
    if (!api) throw new MissingApiError();
    return api;
  }

  /** The signed-in person, fetched once per api and shared with the other widgets. */
  protected currentUser(signal?: AbortSignal): Promise<Me> {
    return currentUser(this.requireApi(), signal);
  }

  /** Locale for formatting: the program's, else the page-wide lit-localize locale. */
  get locale(): string {
    return this.program?.locale ?? getLocale();
  }

  /** Program options (empty when outside a program). */
  get options(): ProgramOptions {
    return this.program?.options ?? {};
  }

  /** Dispatch a typed, bubbling, composed mentor-* event; false when the host vetoed it. */
  protected emit<K extends MentorEventName>(
    name: K,
    detail: MentorEventMap[K],
    options?: { cancelable?: boolean },
  ): boolean {
    return emit(this, name, detail, options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.askLateProvider();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('apiBase') || changed.has('credentials')) this.requestUpdate('api');
  }

  // A <mentor-program> around us that is not defined yet cannot answer our context request
  // (its script may load after ours). Ask again once it is defined.
  private askLateProvider(): void {
    if (customElements.get(PROGRAM_TAG) || !this.closest(PROGRAM_TAG)) return;
    void customElements.whenDefined(PROGRAM_TAG).then(() => {
      if (!this.isConnected || this.program) return;
      this.removeController(this.programConsumer);
      this.programConsumer = this.consumeProgram(); // connects, so it asks again
    });
  }

  private consumeProgram(): ContextConsumer<typeof programContext, this> {
    return new ContextConsumer(this, {
      context: programContext,
      subscribe: true,
      callback: (value) => {
        this.program = value;
      },
    });
  }
}
