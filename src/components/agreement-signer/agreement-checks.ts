// Checks before sending, with the contract's own schemas (the server's): they come with the edit
// views (./agreement-edit-views.ts), so zod is not on the signer's first load.
import type { FieldError } from '../../contract/index.js';
import { UpdateAgreement } from '../../contract/agreement.js';
import { LongText } from '../../contract/common.js';
import { issuesToFieldErrors } from '../../contract/field-errors.js';

const EndReason = LongText(1000);

export type TermsCheck = { ok: true; input: UpdateAgreement } | { ok: false; errors: FieldError[] };

/** Edited terms as the server will read them, or the field errors it would answer. */
export function checkTerms(input: UpdateAgreement): TermsCheck {
  const checked = UpdateAgreement.safeParse(input);
  return checked.success
    ? { ok: true, input: checked.data }
    : { ok: false, errors: issuesToFieldErrors(checked.error.issues) };
}

/** The private reason for ending fits what the server keeps. */
export const endReasonFits = (reason: string): boolean => EndReason.safeParse(reason).success;
