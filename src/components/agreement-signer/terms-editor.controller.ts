// Editing the terms: a local copy autosaved as a draft, checked with the contract schema before
// sending (./agreement-checks.ts, loaded with the editor), saved with the version the person started from. A 412 shows both versions and
// overwrites nothing; the person decides.
import type { ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { ConflictError, ProblemError } from '../../client/errors.js';
import type { Agreement, AgreementSection } from '../../contract/index.js';
import { sameTerms } from '../../contract/agreement-rules.js';
import { DraftController, draftKey } from '../../core/drafts.js';
import type { SignerHost } from './signer-host.js';

interface Draft {
  baseVersion: number;
  baseSections: AgreementSection[];
  sections: AgreementSection[];
}

const isSections = (value: unknown): value is AgreementSection[] =>
  Array.isArray(value) &&
  value.every(
    (s: Partial<AgreementSection> | null) =>
      typeof s?.key === 'string' && typeof s.title === 'string' && typeof s.body === 'string',
  );

/**
 * A stored draft that still has the editor's shape (else it is dropped). Only the shape: the
 * terms are checked against the contract when saved, like freshly typed ones.
 */
function storedDraft(value: unknown): Draft | undefined {
  const draft = value as Partial<Draft> | null;
  return Number.isInteger(draft?.baseVersion) &&
    isSections(draft?.baseSections) &&
    isSections(draft?.sections)
    ? {
        baseVersion: draft.baseVersion!,
        baseSections: draft.baseSections,
        sections: draft.sections,
      }
    : undefined;
}

export class TermsEditorController implements ReactiveController {
  editing = false;
  saving = false;
  baseVersion = 0;
  /** The terms the person started editing from (for merging onto a newer version). */
  baseSections: AgreementSection[] = [];
  sections: AgreementSection[] = [];
  /** Field path (`sections.1.body`) -> message. */
  errors = new Map<string, string>();
  error: unknown;
  /** The version a partner saved while this person was editing (412). */
  stale: Agreement | undefined;

  private readonly draft: DraftController<Draft>;

  constructor(private readonly host: SignerHost) {
    host.addController(this);
    this.draft = new DraftController<Draft>(host, {
      key: () => {
        const data = host.data;
        return data ? draftKey(data.me.person.id, 'agreement-terms', data.agreement.id) : undefined;
      },
      validate: storedDraft,
      onRestore: ({ value }) => {
        if (this.host.data?.agreement.status === 'ended') return this.draft.clear();
        this.editing = true;
        void this.host.views();
        this.baseVersion = value.baseVersion;
        this.baseSections = value.baseSections;
        this.sections = value.sections;
        this.host.requestUpdate();
      },
    });
  }

  hostConnected(): void {}

  get hasDraft(): boolean {
    return this.draft.savedAt !== undefined;
  }

  async start(agreement: Agreement): Promise<void> {
    await this.host.views();
    this.editing = true;
    this.baseVersion = agreement.version;
    this.baseSections = agreement.sections;
    this.sections = agreement.sections.map((s) => ({ ...s }));
    this.errors = new Map();
    this.error = undefined;
    this.stale = undefined;
    this.host.requestUpdate();
  }

  cancel(): void {
    this.editing = false;
    this.stale = undefined;
    this.error = undefined;
    this.draft.clear();
  }

  update(index: number, field: 'title' | 'body', value: string): void {
    this.sections = this.sections.map((s, i) => (i === index ? { ...s, [field]: value } : s));
    this.errors.delete(`sections.${index}.${field}`);
    this.changed();
  }

  addCustom(): void {
    this.sections = [...this.sections, { key: 'custom', title: msg('Other terms'), body: '' }];
    this.changed();
  }

  remove(index: number): void {
    this.sections = this.sections.filter((_, i) => i !== index);
    this.errors = new Map();
    this.changed();
  }

  /** After a 412: keep my edits and apply them on top of the version my partner saved. */
  async rebase(): Promise<void> {
    if (!this.stale) return;
    const { mergeTerms } = await this.host.views();
    this.sections = mergeTerms(this.baseSections, this.sections, this.stale.sections);
    this.baseSections = this.stale.sections;
    this.baseVersion = this.stale.version;
    this.stale = undefined;
    this.error = undefined;
    this.changed();
    this.host.announce(msg('Your changes now apply to the latest version. Review them and save.'));
  }

  async save(): Promise<void> {
    const data = this.host.data;
    if (!data || this.saving) return;
    const { checkTerms } = await this.host.views();
    const checked = checkTerms({ sections: this.sections });
    if (!checked.ok) {
      this.errors = new Map(checked.errors.map((e) => [e.path, e.message]));
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (
      sameTerms(checked.input.sections, data.agreement.sections) &&
      this.baseVersion === data.agreement.version
    ) {
      this.cancel();
      return;
    }
    this.saving = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const saved = await this.host.signerApi.updateAgreement(data.agreement.id, checked.input, {
        version: this.baseVersion,
      });
      this.draft.clear();
      this.editing = false;
      await this.host.replaceAgreement(saved);
      this.host.fire('mentor-agreement-edit', { agreement: saved });
      this.host.announce(
        msg(
          str`Saved as version ${saved.version}. Earlier signatures are void; both partners sign again.`,
        ),
      );
    } catch (error) {
      await this.failed(error);
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  private async failed(error: unknown): Promise<void> {
    const data = this.host.data;
    if (error instanceof ConflictError && error.status === 412 && data) {
      this.stale = await this.host.signerApi.getAgreement(data.agreement.id).catch(() => undefined);
      this.error = this.stale ? undefined : error;
      if (this.stale)
        this.host.announce(
          msg(str`Your partner saved version ${this.stale.version} while you were editing.`),
        );
      return;
    }
    if (error instanceof ProblemError && error.fieldErrors.length)
      this.errors = new Map(error.fieldErrors.map((e) => [e.path, e.message]));
    this.error = error;
  }

  private changed(): void {
    this.draft.save({
      baseVersion: this.baseVersion,
      baseSections: this.baseSections,
      sections: this.sections,
    });
    this.host.requestUpdate();
  }
}
