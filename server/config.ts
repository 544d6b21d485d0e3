// Configuration from environment variables (documented in README, "Server").
import { SignatureMethod, type Agreement } from '../src/contract/index.js';
import {
  DEFAULT_MENTEES,
  DEFAULT_MENTORS,
  DEFAULT_SEED,
  DEMO_AGREEMENT_POLICY,
} from '../src/fixtures/index.js';
import { DEFAULT_MIN_GROUP_SIZE } from '../src/contract/survey-results.js';

export interface AuthConfig {
  /** HS256 shared secret for bearer JWTs. */
  jwtSecret?: string | undefined;
  /** JWKS URL for bearer JWTs signed with asymmetric keys. */
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
  audience?: string | undefined;
  /** JWT claim holding the person id. */
  subjectClaim: string;
  /** Header set by the intranet's reverse proxy with the signed-in person's id or email. */
  trustedUserHeader?: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Demo mode: a person switcher instead of real sign-in. Never on in production. */
  demo: boolean;
  auth: AuthConfig;
  /** Origins (scheme://host:port) allowed to call the API from the browser. */
  corsOrigins: string[];
  requestExpiryDays: number;
  /** Survey results of fewer answers than this are withheld (MENTORKIT_SURVEY_MIN_GROUP_SIZE). */
  surveyMinGroupSize: number;
  bodyLimitBytes: number;
  /** Folder with the built demo page and widgets, served at `/`. */
  staticDir?: string | undefined;
  seed: { mentors: number; mentees: number; seed: number };
  logRequests: boolean;
  /**
   * Server processes (MENTORKIT_WORKERS): a number, `auto` (one per core this process may use),
   * or unset: `auto` on a PostgreSQL server in production, 1 in demo mode and on PGlite.
   */
  workers: number | 'auto' | undefined;
  /** Connections each process keeps to a PostgreSQL server (MENTORKIT_DB_POOL_SIZE). */
  dbPoolSize: number;
  /** Allowed ways of signing agreements and whom to ask for a paper copy. */
  agreementPolicy: Agreement['policy'];
}

/** `MENTORKIT_SIGNATURE_METHODS=typed` restricts signing to typed names; unknown words are ignored. */
function agreementPolicy(env: NodeJS.ProcessEnv): Agreement['policy'] {
  const methods = list(env.MENTORKIT_SIGNATURE_METHODS).filter(
    (m): m is SignatureMethod => SignatureMethod.safeParse(m).success,
  );
  return {
    signatureMethods: methods.length ? methods : DEMO_AGREEMENT_POLICY.signatureMethods,
    contact: env.MENTORKIT_PROGRAM_CONTACT?.trim() || DEMO_AGREEMENT_POLICY.contact,
  };
}

const number = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(parsed) ? parsed : fallback;
};

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim().replace(/\/$/, ''))
    .filter(Boolean);

/** A setting the server cannot run with; the message says which and what to do. */
export class ConfigError extends Error {}

/** `MENTORKIT_WORKERS`: a whole number from 1, `auto`, or unset; anything else is refused. */
function workers(value: string | undefined): Config['workers'] {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (text === 'auto') return 'auto';
  const count = Number(text);
  if (Number.isInteger(count) && count >= 1 && count <= 256) return count;
  throw new ConfigError(
    `MENTORKIT_WORKERS=${value} is not understood: use a whole number from 1 to 256, or auto.`,
  );
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: number(env.PORT, 0),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.MENTORKIT_DATA_DIR || '.data',
    demo: env.MENTORKIT_DEMO === '1' || env.MENTORKIT_DEMO === 'true',
    auth: {
      jwtSecret: env.MENTORKIT_JWT_SECRET || undefined,
      jwksUrl: env.MENTORKIT_JWKS_URL || undefined,
      issuer: env.MENTORKIT_JWT_ISSUER || undefined,
      audience: env.MENTORKIT_JWT_AUDIENCE || undefined,
      subjectClaim: env.MENTORKIT_JWT_SUBJECT_CLAIM || 'sub',
      trustedUserHeader: env.MENTORKIT_TRUSTED_USER_HEADER?.toLowerCase() || undefined,
    },
    corsOrigins: list(env.MENTORKIT_CORS_ORIGINS),
    requestExpiryDays: number(env.MENTORKIT_REQUEST_EXPIRY_DAYS, 14),
    surveyMinGroupSize: Math.max(
      1,
      number(env.MENTORKIT_SURVEY_MIN_GROUP_SIZE, DEFAULT_MIN_GROUP_SIZE),
    ),
    bodyLimitBytes: number(env.MENTORKIT_BODY_LIMIT_BYTES, 64 * 1024),
    staticDir: env.MENTORKIT_STATIC_DIR || undefined,
    seed: {
      mentors: number(env.MENTORKIT_SEED_MENTORS, DEFAULT_MENTORS),
      mentees: number(env.MENTORKIT_SEED_MENTEES, DEFAULT_MENTEES),
      seed: number(env.MENTORKIT_SEED, DEFAULT_SEED),
    },
    logRequests: env.MENTORKIT_LOG !== 'off',
    workers: workers(env.MENTORKIT_WORKERS),
    dbPoolSize: Math.max(2, number(env.MENTORKIT_DB_POOL_SIZE, 10)),
    agreementPolicy: agreementPolicy(env),
  };
}

/** A config for tests and tools: defaults with overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configFromEnv({}), logRequests: false, ...overrides };
}
