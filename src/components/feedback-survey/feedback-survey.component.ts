import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { ProblemError } from '../../client/errors.js';
import { ProblemCode } from '../../contract/problem.js';
import type {
  AnswerValue,
  Question,
  Survey,
  SurveyResults,
  SurveySubmission,
} from '../../contract/index.js';
import type { SurveyPage } from '../../contract/survey-answer-rules.js';
import { draftKey } from '../../core/drafts.js';
import { renderError, renderSkeleton, renderTask } from '../../core/task-view.js';
import { once } from '../../core/lazy.js';
import { FormAssociated, FormControlController } from '../../core/form-control.js';
import { formatDateTime } from '../../core/format.js';
import { MentorElement } from '../../core/mentor-element.js';
import { copy, draftRestored, pageAnnouncement } from './feedback-survey-copy.js';
import {
  renderHeader,
  renderNoneDue,
  renderDefinitionError,
  renderUnavailable,
} from './feedback-survey-states.js';
import { feedbackSurveyStyles } from './feedback-survey.styles.js';
import { SurveyAnswersController } from './survey-answers.controller.js';
import { loadSurvey, SurveyDefinitionError, type FormView, type Loaded } from './survey-load.js';
import {
  answersFromState,
  answersToFormData,
  focusIn,
  formInvalidity,
} from './survey-form-value.js';
import { SurveySendController } from './survey-send.controller.js';

/**
 * A pulse, check-in or close-out survey from the program's backend (or an inline `definition`):
 * every question type, sections with show-if rules, on one page or one section at a time, with
 * autosaved drafts, anonymity said plainly, blind two-sided answers, and the admin results.
 *
 * Inside a `<form>` it is a form field: each answer is submitted as `<name>.<questionId>`
 * (numbers as digits, yes/no as `yes`/`no`, one entry per chosen option, text as typed; hidden
 * and empty answers left out), required questions block submit, reset clears it, a disabled
 * fieldset disables it, and back/forward restores the answers.
 *
 * @summary Schema-driven feedback survey with show-if rules, drafts, anonymity and results.
 *
 * @fires mentor-survey-change - An answer changed. Detail: `{ surveyId, questionId, answers }`
 *   (answers as they would be sent).
 * @fires mentor-survey-submit - The server stored the answers. Detail: `{ surveyId, submission }`.
 *
 * @csspart survey - The whole survey.
 * @csspart header - Kind, title and intro.
 * @csspart title - The survey title.
 * @csspart privacy - Who sees the answers, and when.
 * @csspart progress - Part x of y and how many questions are answered.
 * @csspart section - A section of questions.
 * @csspart question - One question.
 * @csspart choices - The options of a question.
 * @csspart choice - One option.
 * @csspart input - A text field.
 * @csspart question-error - The message under a question.
 * @csspart pager - Back / Next / Send.
 * @csspart back-button - Back.
 * @csspart next-button - Next.
 * @csspart submit-button - Send answers.
 * @csspart answered - Thank-you or already-answered view.
 * @csspart my-answers - My answers, read-only.
 * @csspart partner-answers - The partner's answers, once revealed.
 * @csspart status - None due, not open yet, closed.
 * @csspart error - What failed (loading or sending), with Try again.
 * @csspart results - The admin results view.
 *
 * @cssprop --mentor-color-accent - Chosen options, progress and chart bars.
 * @cssprop [--mentor-survey-max-width=44rem] - Widest the questions get.
 */
export class MentorFeedbackSurvey extends FormAssociated(MentorElement) {
  static override styles = [MentorElement.styles, feedbackSurveyStyles];

  /** The survey to show. Without it, `mentorship-id` shows the survey due for the person. */
  @property({ attribute: 'survey-id', reflect: true }) surveyId?: string;

  /** With no `survey-id`: show the survey due now for the person in this mentorship. */
  @property({ attribute: 'mentorship-id' }) mentorshipId?: string;

  /** `all`: every section on one page; `paged`: one section at a time with Back and Next. */
  @property({ reflect: true }) layout: 'all' | 'paged' = 'all';

  /** `answer` (default) or `results`: the admin view of a survey's aggregates. */
  @property({ reflect: true }) view: 'answer' | 'results' = 'answer';

  /** An inline survey (object, or JSON in the attribute) used instead of loading one. */
  @property() definition?: Partial<Survey> | string;

  /** Prefix of the form entries (`<name>.<questionId>`); default `survey`. */
  @property() name = '';

  @state() private _submission?: SurveySubmission;
  @state() private _justSent = false;
  @state() private _anonymous = false;
  @state() private _announcement = '';

  private _loaded?: Loaded;
  /** The answered view (./feedback-survey-answered.ts), once its chunk arrived. */
  private _answeredPart?: typeof import('./feedback-survey-answered.js');
  private readonly _loadAnswered = once(async () => {
    this._answeredPart = await import('./feedback-survey-answered.js');
    this.requestUpdate();
  });
  private _pendingRestore?: Record<string, AnswerValue>;

  private readonly _form = new FormControlController(this, {
    value: () =>
      this._answering ? answersToFormData(this.name || 'survey', this._answers.toSend) : null,
    state: () => JSON.stringify(this._answers.answers),
    restore: (state, reason) => {
      if (reason === 'reset') return this._resetAnswers();
      const answers = answersFromState(state);
      if (answers) this._pendingRestore = answers;
    },
    validity: () => (this._answering ? formInvalidity(this.renderRoot, this._answers) : null),
  });

  private readonly _answers = new SurveyAnswersController(this, {
    draftKey: () => {
      const loaded = this._loaded;
      const survey = loaded?.survey;
      if (!loaded || !survey || survey.status !== 'open' || this._submission) return undefined;
      return draftKey(loaded.userId, 'survey', survey.id);
    },
    onChange: (question, answers) => {
      void answers;
      this.emit('mentor-survey-change', {
        surveyId: this._survey?.id ?? '',
        questionId: question.id,
        answers: this._answers.toSend,
      });
    },
    onRestore: (draft) => {
      this._announcement = draftRestored(formatDateTime(draft.savedAt, this.locale));
    },
  });

  private readonly _sender = new SurveySendController(this, {
    api: () => this.requireApi(),
    request: () => ({
      surveyId: this._survey!.id,
      body: { answers: this._answers.toSend, anonymous: this._anonymous },
    }),
    onSent: (submission) => {
      this._answers.submitted();
      this._submission = submission;
      this._justSent = true;
      this._announcement = copy.thanks();
      this.emit('mentor-survey-submit', { surveyId: submission.response.surveyId, submission });
      void this._focus('[data-focus="answered"]');
    },
    onFailed: (error) => this._handleSendFailure(error),
    view: this._loadAnswered,
  });

  private readonly _load = new Task(this, {
    args: () => [this.api, this.surveyId, this.mentorshipId, this.definition, this.view] as const,
    task: async ([api, surveyId, mentorshipId, definition, view], { signal }) => {
      if (view === 'results') return undefined;
      const loaded = await loadSurvey({
        api,
        surveyId,
        mentorshipId,
        definition,
        currentUser: () => this.currentUser(signal),
        loadAnsweredView: this._loadAnswered,
        signal,
      });
      this._useLoaded(loaded);
      return loaded;
    },
  });

  private readonly _results = new Task(this, {
    args: () => [this.api, this.surveyId, this.view] as const,
    task: async ([, surveyId, view], { signal }): Promise<SurveyResults | undefined> => {
      if (view !== 'results') return undefined;
      if (!surveyId) throw new SurveyDefinitionError('Give the results view a survey-id.');
      // The results view is only for admins: its code loads when it is first shown.
      const [results] = await Promise.all([
        this.requireApi().getSurveyResults(surveyId, { signal }),
        import('./results/define.js'),
      ]);
      return results;
    },
  });

  constructor() {
    super();
    this.addEventListener('invalid', () => this._showAllProblems());
  }

  /** The answers as they would be sent now (visible questions, no empty answers). */
  get answers(): Record<string, AnswerValue> {
    return this._answers.toSend;
  }

  /** Check and send the answers, as the Send button does; resolves with what the server stored. */
  async submit(): Promise<SurveySubmission | undefined> {
    if (!this._survey || this._submission) return this._submission;
    if (this._showAllProblems()) return undefined;
    return this._sender.send();
  }

  private get _survey(): Survey | undefined {
    return this._loaded?.survey ?? undefined;
  }

  private _useLoaded(loaded: Loaded): void {
    const sameSurvey = this._loaded?.survey?.id === loaded.survey?.id;
    this._loaded = loaded;
    this._submission = loaded.mine ?? undefined;
    this._justSent = false;
    if (!sameSurvey) {
      this._answers.load(loaded.survey ?? undefined);
      this._sender.reset();
    } else this._answers.survey = loaded.survey ?? undefined;
  }

  private _resetAnswers(): void {
    this._answers.reset();
    this._sender.reset();
    this._anonymous = false;
    this._announcement = '';
  }

  /** Shows every problem, goes to the first and focuses it; true when there was one. */
  private _showAllProblems(): boolean {
    const problems = this._answers.problems();
    if (!problems.length) return false;
    this._answers.touch(this._answers.visibleQuestions);
    this._goToQuestion(problems[0]!);
    this._announcement = copy.fixProblems(problems.length);
    return true;
  }

  private async _handleSendFailure(error: unknown): Promise<SurveySubmission | undefined> {
    if (!(error instanceof ProblemError) || !this._survey) return undefined;
    if (error.code === ProblemCode.alreadySubmitted)
      return this.requireApi().getMySurveyResponse(this._survey.id);
    if (error.code === ProblemCode.surveyClosed || error.code === ProblemCode.surveyNotOpen)
      void this._load.run();
    if (error.fieldErrors.length) {
      this._answers.showServerErrors(error.fieldErrors);
      const first = this._answers.problems()[0];
      if (first) this._goToQuestion(first);
    }
    return undefined;
  }

  private _goToQuestion(question: Question): void {
    const index = this._answers.pages.findIndex((page) => page.questions.includes(question));
    if (this.layout === 'paged' && index >= 0) this._answers.pageIndex = index;
    this.requestUpdate();
    void this._focus(`[data-question="${CSS.escape(question.id)}"]`, true);
  }

  /** Focus an element after the next render (a question's chosen or first input, or a heading). */
  private async _focus(selector: string, input = false): Promise<void> {
    await this._sender.settled();
    await this.updateComplete;
    focusIn(this.renderRoot, selector, input);
  }

  private _turnPage(step: 1 | -1): void {
    const pages = this._answers.pages;
    const index = this._pageIndex(pages);
    if (step === 1) {
      const problems = this._answers.problems(pages[index]);
      if (problems.length) {
        this._answers.touch(pages[index]!.questions);
        this._goToQuestion(problems[0]!);
        this._announcement = copy.fixProblems(problems.length);
        return;
      }
    }
    const next = Math.max(0, Math.min(pages.length - 1, index + step));
    this._answers.pageIndex = next;
    const page = pages[next]!;
    this._announcement = pageAnnouncement(next + 1, pages.length, page.section?.title ?? '');
    this.requestUpdate();
    void this._focus(page.section ? `#section-${CSS.escape(page.section.id)}` : 'h2.title');
  }

  private _pageIndex(pages: SurveyPage[]): number {
    return Math.max(0, Math.min(pages.length - 1, this._answers.pageIndex));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._pendingRestore && this._survey) {
      this._answers.replace(this._pendingRestore);
      this._pendingRestore = undefined;
    }
  }

  private get _answering(): boolean {
    return Boolean(this._survey && !this._submission && this._survey.status === 'open');
  }

  override render() {
    // A set-up mistake (no id, a broken definition) is the page author's to fix: no Try again.
    const error = (failure: unknown, retry: () => void) =>
      failure instanceof SurveyDefinitionError
        ? renderDefinitionError(failure)
        : renderError(failure, retry);
    return html`<div class="survey" part="survey">
      <p class="visually-hidden" role="status">${this._announcement}</p>
      ${
        this.view === 'results'
          ? renderTask(
              this._results,
              (results) =>
                results
                  ? html`<mentor-survey-results
                      part="results"
                      .results=${results}
                    ></mentor-survey-results>`
                  : nothing,
              { loadingLabel: copy.loadingResults(), skeleton: { lines: 6 }, error },
            )
          : renderTask(this._load, () => this._renderLoaded(), {
              loadingLabel: copy.loading(),
              skeleton: { lines: 5 },
              error,
            })
      }
    </div>`;
  }

  private _renderLoaded() {
    const survey = this._survey;
    if (!survey) return renderNoneDue();
    const locale = this.locale;
    if (this._submission) {
      const answered = this._answeredPart;
      // Only when its chunk failed to load (offline): asking again retries.
      if (!answered) void this._loadAnswered().catch(() => undefined);
      return html`${renderHeader(survey, locale)}
      ${
        answered
          ? answered.renderAnswered(survey, this._submission, { locale, justSent: this._justSent })
          : renderSkeleton({ lines: 5, label: copy.loading() })
      }`;
    }
    if (survey.status !== 'open')
      return html`${renderHeader(survey, locale)} ${renderUnavailable(survey, locale)}`;
    // The answering view came with the survey (survey-load.ts).
    return this._renderForm(survey, this._loaded!.form!);
  }

  private _renderForm(survey: Survey, form: FormView) {
    const pages = this._answers.pages;
    const index = this._pageIndex(pages);
    const disabled = this._form.disabled || this._sender.sending;
    const visible = this._answers.visibleQuestions;
    return form.renderSurveyForm({
      survey,
      locale: this.locale,
      pages: this.layout === 'paged' ? pages.slice(index, index + 1) : pages,
      answers: this._answers,
      anonymous: this._anonymous,
      onAnonymous: (value) => (this._anonymous = value),
      sendError: this._sender.error,
      onRetry: () => void this._sender.send(),
      pager: {
        paged: this.layout === 'paged',
        pageIndex: index,
        pageCount: pages.length,
        answered: visible.filter((q) => q.id in this._answers.toSend).length,
        total: visible.length,
        sending: this._sender.sending,
        disabled,
        canSend: Boolean(this.api),
        onBack: () => this._turnPage(-1),
        onNext: () => this._turnPage(1),
        onSend: () => void this.submit(),
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-feedback-survey': MentorFeedbackSurvey;
  }
}
