// Bearer JWT verification with jose: an HS256 shared secret or a JWKS URL, issuer and audience.
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config.js';

export type JwtVerifier = (token: string) => Promise<string | null>;

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
  return async (token) => {
    try {
      const { payload } = await verify(token);
      const subject = payload[config.subjectClaim];
      return typeof subject === 'string' && subject.length > 0 ? subject : null;
    } catch {
      return null;
    }
  };
}
