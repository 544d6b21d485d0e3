// Bearer JWT verification with jose: an HS256 shared secret or a JWKS URL, issuer and audience.
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config.js';

export type JwtVerifier = (token: string) => Promise<string | null>;

/** Verified tokens kept (a portal sends the same token with every call until it expires). */
const MAX_KEPT = 10_000;
/**
 * How long a verified token is trusted without checking its signature again: short, so a key
 * taken out of a JWKS stops working within a minute even for tokens already seen.
 */
const KEEP_MS = 60_000;

/** Returns the person id from a valid token, or null (expired, wrong signature, issuer...). */
export function createJwtVerifier(config: AuthConfig): JwtVerifier | null {
  const options = {
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  let verify: (token: string) => ReturnType<typeof jwtVerify>;
  if (config.jwksUrl) {
    const jwks: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwksUrl));
    verify = (token) =>
      jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'] });
  } else if (config.jwtSecret) {
    const secret = new TextEncoder().encode(config.jwtSecret);
    verify = (token) => jwtVerify(token, secret, { ...options, algorithms: ['HS256'] });
  } else {
    return null;
  }
  const kept = new Map<string, { subject: string; until: number }>();
  return async (token) => {
    const known = kept.get(token);
    // Never past the token's own expiry (jose would refuse it from then on too).
    if (known && Date.now() < known.until) return known.subject;
    kept.delete(token);
    try {
      const { payload } = await verify(token);
      const subject = payload[config.subjectClaim];
      if (typeof subject !== 'string' || subject.length === 0) return null;
      const expiry = typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity;
      if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
      kept.set(token, { subject, until: Math.min(expiry, Date.now() + KEEP_MS) });
      return subject;
    } catch {
      return null;
    }
  };
}
