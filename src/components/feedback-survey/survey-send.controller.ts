// Sending the answers: one idempotency key per logical submit, reused by every retry of the
// same answers (so a timeout then a retry stores one response), a fresh one once they change;
// a double press while sending does nothing.
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { MentoringApi } from '../../client/api.js';
import { newIdempotencyKey } from '../../client/http/idempotency-key.js';
import type { SubmitSurveyResponse, SurveySubmission } from '../../contract/index.js';

export interface SendOptions {
  api: () => MentoringApi;
  /** Survey id and body to send, read when the send starts. */
  request: () => { surveyId: string; body: SubmitSurveyResponse };
  onSent: (submission: SurveySubmission) => void;
  /** Loads what shows the sent answers; started with the send, awaited before `onSent`. */
  view?: () => Promise<unknown>;
  /** A failure, before the task shows it; return a submission to treat it as sent instead. */
  onFailed: (error: unknown) => Promise<SurveySubmission | undefined>;
}

export class SurveySendController {
  private attempt: { body: string; key: string } | undefined;
  private errorCleared = false;
  private readonly task: Task<readonly [], SurveySubmission>;

  constructor(host: ReactiveControllerHost, options: SendOptions) {
    this.task = new Task(host, {
      autoRun: false,
      args: () => [] as const,
      task: async (_args, { signal }) => {
        const { surveyId, body } = options.request();
        const view = options.view?.().catch(() => undefined); // failed: the placeholder retries
        const fingerprint = JSON.stringify([surveyId, body]);
        if (this.attempt?.body !== fingerprint)
          this.attempt = { body: fingerprint, key: newIdempotencyKey() };
        let submission: SurveySubmission;
        try {
          submission = await options
            .api()
            .submitSurvey(surveyId, body, { idempotencyKey: this.attempt.key, signal });
        } catch (error) {
          const instead = await options.onFailed(error);
          if (!instead) throw error;
          submission = instead;
        }
        this.attempt = undefined;
        await view;
        options.onSent(submission);
        return submission;
      },
    });
  }

  get sending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The last send's failure, while it is the latest thing that happened. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR && !this.errorCleared
      ? this.task.error
      : undefined;
  }

  async send(): Promise<SurveySubmission | undefined> {
    if (this.sending) return this.task.taskComplete.catch(() => undefined);
    this.errorCleared = false;
    await this.task.run();
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Resolves once no send is running (inputs are enabled again). */
  async settled(): Promise<void> {
    if (this.sending) await this.task.taskComplete.catch(() => undefined);
  }

  /** Forget a failure and the key (form reset). */
  reset(): void {
    this.attempt = undefined;
    this.errorCleared = true;
  }
}
