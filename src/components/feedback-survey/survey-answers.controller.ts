// The answers being given: what was chosen, which questions a person has finished with (their
// problems show from then on), the page in the paged layout, problems from the shared rules and
// from the server, and the autosaved draft.
import type { ReactiveControllerHost } from 'lit';
import type { AnswerValue, Question, Survey } from '../../contract/index.js';
import {
  answerProblem,
  answersToSend,
  isEmptyAnswer,
  visiblePages,
  type SurveyPage,
} from '../../contract/survey-answer-rules.js';
import { DraftController, type Draft } from '../../core/drafts.js';
import { problemText } from './feedback-survey-copy.js';

export interface SurveyDraft {
  answers: Record<string, AnswerValue>;
}

export interface SurveyAnswersOptions {
  /** The draft's key, once the survey and the person are known. */
  draftKey: () => string | undefined;
  /** After every change a person made (not after a restore or reset). */
  onChange: (question: Question, answers: Record<string, AnswerValue>) => void;
  onRestore: (draft: Draft<SurveyDraft>) => void;
}

const isRecord = (value: unknown): value is Record<string, AnswerValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class SurveyAnswersController {
  survey: Pick<Survey, 'questions' | 'sections'> | undefined;
  answers: Record<string, AnswerValue> = {};
  pageIndex = 0;
  private touched = new Set<string>();
  private serverErrors = new Map<string, string>();
  private readonly draft: DraftController<SurveyDraft>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SurveyAnswersOptions,
  ) {
    this.draft = new DraftController<SurveyDraft>(host, {
      key: options.draftKey,
      validate: (value) =>
        isRecord(value) && isRecord((value as { answers?: unknown }).answers)
          ? (value as unknown as SurveyDraft)
          : undefined,
      onRestore: (draft) => {
        this.answers = { ...draft.value.answers };
        this.pageIndex = this.firstUnansweredPage();
        options.onRestore(draft);
      },
    });
  }

  /** Visible sections with their visible questions, for the current answers. */
  get pages(): SurveyPage[] {
    return this.survey ? visiblePages(this.survey, this.answers) : [];
  }

  get visibleQuestions(): Question[] {
    return this.pages.flatMap((page) => page.questions);
  }

  /** What would be sent now: visible, non-empty answers. */
  get toSend(): Record<string, AnswerValue> {
    return this.survey ? answersToSend(this.survey, this.answers) : {};
  }

  /** The rule's message for a visible question, whether shown yet or not. */
  problemOf(question: Question): string | undefined {
    const server = this.serverErrors.get(question.id);
    if (server) return server;
    const problem = answerProblem(question, this.answers[question.id]);
    return problem ? problemText(problem) : undefined;
  }

  /** The message to show: only once the person finished with the question (or tried to go on). */
  errorOf(question: Question): string | undefined {
    return this.touched.has(question.id) || this.serverErrors.has(question.id)
      ? this.problemOf(question)
      : undefined;
  }

  /** Visible questions with a problem, in order (optionally of one page only). */
  problems(page?: SurveyPage): Question[] {
    const questions = page ? page.questions : this.visibleQuestions;
    return questions.filter((question) => this.problemOf(question) !== undefined);
  }

  set(question: Question, value: AnswerValue | undefined): void {
    const answers = { ...this.answers };
    if (isEmptyAnswer(value)) delete answers[question.id];
    else answers[question.id] = value!;
    this.answers = answers;
    this.serverErrors.delete(question.id);
    // Choices are finished when made; text is finished when the person leaves it.
    if (question.type !== 'short-text' && question.type !== 'long-text')
      this.touched.add(question.id);
    this.draft.save({ answers });
    this.options.onChange(question, answers);
    this.host.requestUpdate();
  }

  leave(question: Question): void {
    if (this.touched.has(question.id)) return;
    this.touched.add(question.id);
    this.host.requestUpdate();
  }

  touch(questions: readonly Question[]): void {
    for (const question of questions) this.touched.add(question.id);
    this.host.requestUpdate();
  }

  /** Field errors from the server (`answers.<id>`), shown until the answer changes. */
  showServerErrors(errors: readonly { path: string; message: string }[]): void {
    for (const error of errors) {
      const id = error.path.replace(/^answers\./, '');
      this.serverErrors.set(id, error.message);
    }
    this.host.requestUpdate();
  }

  /** Answers from elsewhere (browser restore); saved as the draft too. */
  replace(answers: Record<string, AnswerValue>): void {
    this.answers = { ...answers };
    this.pageIndex = Math.min(this.pageIndex, Math.max(0, this.pages.length - 1));
    this.draft.save({ answers: this.answers });
    this.host.requestUpdate();
  }

  /** Back to nothing answered, on the first page; the draft is dropped. */
  reset(): void {
    this.load(this.survey);
    this.draft.clear();
  }

  /** Another survey: start afresh (its own draft, if any, comes back by itself). */
  load(survey: Pick<Survey, 'questions' | 'sections'> | undefined): void {
    this.survey = survey;
    this.answers = {};
    this.pageIndex = 0;
    this.touched.clear();
    this.serverErrors.clear();
    this.host.requestUpdate();
  }

  /** The server confirmed the answers: the draft is no longer needed. */
  submitted(): void {
    this.draft.clear();
  }

  /** The page holding the first visible question without an answer (the last page if none). */
  firstUnansweredPage(): number {
    const pages = this.pages;
    const index = pages.findIndex((page) =>
      page.questions.some((question) => isEmptyAnswer(this.answers[question.id])),
    );
    return index === -1 ? Math.max(0, pages.length - 1) : index;
  }

  /** When the draft was last kept, if it was. */
  get savedAt(): Date | undefined {
    return this.draft.savedAt;
  }
}
