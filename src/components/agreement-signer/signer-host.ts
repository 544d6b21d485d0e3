// What the agreement signer's controllers need from the element: the loaded data, the api, and
// ways to replace the agreement, announce a result and reload.
import type { ReactiveControllerHost } from 'lit';
import type { MentoringApi } from '../../client/api.js';
import type {
  Agreement,
  AgreementVersion,
  AuditEvent,
  Me,
  Mentorship,
} from '../../contract/index.js';
import type { MentorEventMap, MentorEventName } from '../../core/events.js';

/** The earlier version the person signed or read, to show what changed since. */
export interface Baseline {
  version: AgreementVersion;
  reason: 'signed' | 'seen';
}

export interface SignerData {
  me: Me;
  agreement: Agreement;
  mentorship: Mentorship | null;
  /** The browser's own SHA-256 over the canonical terms equals the server's. */
  hashOk: boolean;
  baseline: Baseline | null;
  audit: AuditEvent[];
}

export type EditViews = typeof import('./agreement-edit-views.js');

export interface SignerHost extends ReactiveControllerHost, HTMLElement {
  /** The editor, diff and end dialog, loaded on first use. */
  views(): Promise<EditViews>;
  readonly data: SignerData | undefined;
  readonly signerApi: MentoringApi;
  /** Put a newer agreement in place (after a save or a signature); re-checks its hash. */
  replaceAgreement(agreement: Agreement): Promise<void>;
  /** Load everything again (after a conflict or the end of the mentorship). */
  reload(): Promise<void>;
  announce(text: string): void;
  fire<K extends MentorEventName>(name: K, detail: MentorEventMap[K]): void;
}
