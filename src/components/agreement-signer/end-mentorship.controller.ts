// Ending the mentorship without fault: a confirmation dialog with an optional private reason,
// sent with the mentorship version seen; afterwards everything reloads read-only.
import type { ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import type { SignerHost } from './signer-host.js';

export class EndMentorshipController implements ReactiveController {
  reason = '';
  ending = false;
  error: unknown;
  reasonError = '';
  /** Set once ended here: the close-out survey both partners now answer. */
  closeOutSurveyId: string | undefined;

  constructor(private readonly host: SignerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.end-dialog');
  }

  async open(): Promise<void> {
    this.error = undefined;
    this.reasonError = '';
    await this.host.views();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog?.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  setReason(value: string): void {
    this.reason = value;
    this.reasonError = '';
    this.host.requestUpdate();
  }

  async confirm(): Promise<void> {
    const mentorship = this.host.data?.mentorship;
    if (!mentorship || this.ending) return;
    const { endReasonFits } = await this.host.views();
    if (!endReasonFits(this.reason)) {
      this.reasonError = msg('Keep the reason under 1000 characters.');
      this.host.requestUpdate();
      return;
    }
    this.ending = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const ended = await this.host.signerApi.endMentorship(
        mentorship.id,
        { reason: this.reason.trim() },
        { version: mentorship.version },
      );
      this.closeOutSurveyId = ended.closeOutSurveyId;
      this.reason = '';
      this.close();
      await this.host.reload();
      this.host.fire('mentor-mentorship-end', ended);
      this.host.announce(
        msg('The mentorship has ended. The close-out survey is now open for both of you.'),
      );
    } catch (error) {
      this.error = error;
    } finally {
      this.ending = false;
      this.host.requestUpdate();
    }
  }
}
