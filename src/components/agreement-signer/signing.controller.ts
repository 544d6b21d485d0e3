// Signing: consent, intent (the exact words, naming version and hash) and association (the
// browser recomputes the SHA-256 of the terms shown and refuses when it differs from the
// server's). One idempotency key per distinct submit, reused when the same submit is retried.
import type { ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { ConflictError, ProblemError } from '../../client/errors.js';
import { newIdempotencyKey } from '../../client/http/idempotency-key.js';
import type {
  Agreement,
  SignAgreement,
  SignatureDrawing,
  SignatureMethod,
} from '../../contract/index.js';
import { signatureFieldErrors } from '../../contract/agreement-rules.js';
import { agreementContentHash, canonicalJson } from '../../contract/hashing.js';
import { ProblemCode } from '../../contract/problem-codes.js';
import { signatureFieldMessage, signingStatement } from './agreement-signer-copy.js';
import type { SignerHost } from './signer-host.js';

export class SigningController implements ReactiveController {
  consent = false;
  method: SignatureMethod = 'typed';
  typedName = '';
  drawing: SignatureDrawing | null = null;
  signing = false;
  padReady = false;
  errors = new Map<string, string>();
  error: unknown;
  /** Shown after the server refused a signature on an outdated version. */
  staleNotice = '';
  private key: { body: string; key: string } | undefined;

  constructor(private readonly host: SignerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The program's methods, narrowed by the element's `signature-methods` (never widened). */
  allowedMethods(agreement: Agreement, restriction: readonly SignatureMethod[] | undefined) {
    const allowed = agreement.policy.signatureMethods.filter(
      (m) => !restriction?.length || restriction.includes(m),
    );
    return allowed.length ? allowed : (['typed'] as SignatureMethod[]);
  }

  statement(agreement: Agreement, name: string): string {
    return signingStatement(name, agreement.version, agreement.contentHash);
  }

  set<K extends 'consent' | 'typedName'>(field: K, value: this[K]): void {
    this[field] = value;
    this.errors.delete(field);
    this.host.requestUpdate();
  }

  async choose(method: SignatureMethod): Promise<void> {
    this.method = method;
    this.errors.delete('drawing');
    this.errors.delete('method');
    this.host.requestUpdate();
    if (method === 'drawn' && !this.padReady) {
      // signature_pad and the pad element load only when someone chooses to draw.
      await import('./signature-pad.define.js');
      this.padReady = true;
      this.host.requestUpdate();
    }
  }

  setDrawing(drawing: SignatureDrawing | null): void {
    this.drawing = drawing;
    if (drawing) this.errors.delete('drawing');
    this.host.requestUpdate();
  }

  async sign(): Promise<void> {
    const data = this.host.data;
    if (!data || this.signing) return;
    // Busy from the press on: hashing long terms takes a moment (longer in Firefox), and a second
    // press meanwhile must not start a second signing.
    this.signing = true;
    this.host.requestUpdate();
    try {
      await this.checkAndSign(data);
    } finally {
      this.signing = false;
      this.host.requestUpdate();
    }
  }

  private async checkAndSign(data: NonNullable<SignerHost['data']>): Promise<void> {
    const { agreement, me } = data;
    const name = me.person.name;
    // Association: the terms on screen must hash to what the server says before anyone signs.
    const hash = await agreementContentHash(agreement.id, agreement.version, agreement.sections);
    if (hash !== agreement.contentHash) {
      data.hashOk = false;
      this.host.requestUpdate();
      return;
    }
    const input: SignAgreement = {
      version: agreement.version,
      contentHash: hash,
      consent: true,
      typedName: this.typedName.trim(),
      method: this.method,
      ...(this.method === 'drawn' && this.drawing ? { drawing: this.drawing } : {}),
      statement: this.statement(agreement, name),
    };
    const problems = signatureFieldErrors(input, agreement, name);
    if (!this.consent) problems.unshift({ path: 'consent', message: '' });
    if (input.typedName === '') problems.push({ path: 'typedName', message: '' });
    if (problems.length) return this.showFieldErrors(problems, name);

    this.error = undefined;
    this.staleNotice = '';
    this.host.requestUpdate();
    try {
      const signed = await this.host.signerApi.signAgreement(agreement.id, input, {
        idempotencyKey: this.keyFor(input),
      });
      this.key = undefined;
      this.consent = false;
      await this.host.replaceAgreement(signed);
      const signature = signed.signatures.find((s) => s.personId === me.person.id);
      if (signature) this.host.fire('mentor-agreement-sign', { agreement: signed, signature });
      if (signed.status === 'signed') {
        this.host.fire('mentor-agreement-complete', { agreement: signed });
        this.host.announce(msg('Signed by both partners. The agreement is now active.'));
      } else this.host.announce(msg(str`You signed version ${signed.version}.`));
    } catch (error) {
      await this.failed(error, name);
    }
  }

  private keyFor(input: SignAgreement): string {
    const body = canonicalJson(input);
    if (this.key?.body !== body) this.key = { body, key: newIdempotencyKey() };
    return this.key.key;
  }

  private async showFieldErrors(problems: { path: string; message: string }[], name: string) {
    this.errors = new Map(
      problems.map((p) => [p.path, signatureFieldMessage(p.path, name, p.message)]),
    );
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.sign-panel [aria-invalid="true"]')?.focus();
  }

  private async failed(error: unknown, name: string): Promise<void> {
    if (error instanceof ConflictError && error.code === ProblemCode.staleSignature) {
      const seen = this.host.data?.agreement.version;
      await this.host.reload();
      const now = this.host.data?.agreement.version;
      this.staleNotice = msg(
        str`The agreement changed after you opened it (you read version ${seen}, the current one is version ${now}). Nothing was signed. Read the changes below, then sign again.`,
      );
      return;
    }
    if (error instanceof ProblemError && error.code === ProblemCode.alreadySubmitted) {
      await this.host.reload();
      return;
    }
    if (error instanceof ProblemError && error.fieldErrors.length) {
      await this.showFieldErrors(error.fieldErrors, name);
      return;
    }
    this.error = error;
  }
}
