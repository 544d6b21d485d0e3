// SHA-256 over canonical JSON, with Web Crypto (same result in browsers and Node 20).
import type { AgreementSection } from './agreement.js';

export const ZERO_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The hash a signature binds to: the agreement id, version and its exact terms. */
export function agreementContentHash(
  agreementId: string,
  version: number,
  sections: AgreementSection[],
) {
  return sha256Hex(
    canonicalJson({
      agreementId,
      version,
      sections: sections.map(({ key, title, body }) => ({ key, title, body })),
    }),
  );
}

/** Hash of one audit event, chained to the previous event's hash. */
export function auditEventHash(event: {
  seq: number;
  agreementId: string;
  type: string;
  actorId: string;
  at: string;
  version: number;
  contentHash: string;
  prevHash: string;
}) {
  return sha256Hex(canonicalJson(event));
}
