// `npm run test:contract -- --base-url <API base> <credentials> [<reset>]`: the MentoringApi
// behaviour suite (test/behaviour/, the same tests the memory API and the reference server pass)
// over HTTP against any backend that implements openapi.json. The backend must hold the seeded
// demo program (the personas and records of src/fixtures/personas.ts; the reference server seeds
// it on first start and with `npm run seed`). Tests that need to move the backend's clock are
// skipped. Run with --help for the options.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { HttpMentoringApi, type HttpMentoringApiOptions } from '../src/client/http-api.js';
import { FIXTURE_IDS, PERSONAS } from '../src/fixtures/personas.js';
import { describeMentoringApiBehaviour } from '../test/behaviour/mentoring-api.behaviour.js';

const HELP = `Usage: npm run test:contract -- --base-url <url> <credentials> [<reset>]

  --base-url <url>          the contract's base, e.g. http://127.0.0.1:3000/api/v1

Credentials, one of (the suite signs in as each persona by its person id, e.g. ana-souza):
  --user-header <name>      send the person id in this header (a trusted-proxy setup; the
                            reference server: MENTORKIT_TRUSTED_USER_HEADER=<name>)
  --jwt-secret <secret>     send HS256 bearer JWTs with sub=<person id>, signed with <secret>
    [--jwt-issuer <iss>] [--jwt-audience <aud>]   (reference server: MENTORKIT_JWT_SECRET...)
  --tokens <file.json>      send the bearer token given per person id: {"ana-souza": "..."}

Reset, before each group of tests after the first (the groups expect the seeded program):
  --reset-url <url>         POST to this URL (the reference server in demo mode:
                            <base-url>/demo/reset)
  --reset-command <cmd>     run this shell command (e.g. "npm run seed" on PostgreSQL)
  Without either, the groups see each other's changes and some will fail.
`;

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    'user-header': { type: 'string' },
    'jwt-secret': { type: 'string' },
    'jwt-issuer': { type: 'string' },
    'jwt-audience': { type: 'string' },
    tokens: { type: 'string' },
    'reset-url': { type: 'string' },
    'reset-command': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

function stop(message: string): never {
  process.stderr.write(`${message}\n\n${HELP}`);
  process.exit(2);
}

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const baseUrl = values['base-url'] ?? stop('--base-url is required.');
const credentials = ['user-header', 'jwt-secret', 'tokens'].filter(
  (name) => values[name as keyof typeof values] !== undefined,
);
if (credentials.length !== 1) stop('Give exactly one of --user-header, --jwt-secret, --tokens.');

/** How each persona signs in: a header, or a bearer token. */
function signIn(personId: string): Pick<HttpMentoringApiOptions, 'headers' | 'getToken'> {
  if (values['user-header']) return { headers: { [values['user-header']]: personId } };
  if (values.tokens) {
    const tokens = JSON.parse(readFileSync(values.tokens, 'utf8')) as Record<string, string>;
    const token = tokens[personId] ?? stop(`${values.tokens} has no token for "${personId}".`);
    return { getToken: () => token };
  }
  const secret = new TextEncoder().encode(values['jwt-secret']!);
  return {
    getToken: () => {
      const jwt = new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(personId)
        .setIssuedAt()
        .setExpirationTime('10m');
      if (values['jwt-issuer']) jwt.setIssuer(values['jwt-issuer']);
      if (values['jwt-audience']) jwt.setAudience(values['jwt-audience']);
      return jwt.sign(secret);
    },
  };
}

async function reset(): Promise<void> {
  if (values['reset-url']) {
    const response = await fetch(values['reset-url'], { method: 'POST' });
    if (!response.ok)
      throw new Error(`reset: POST ${values['reset-url']} answered ${response.status}`);
  } else if (values['reset-command']) {
    execSync(values['reset-command'], { stdio: 'inherit' });
  }
}

if (!values['reset-url'] && !values['reset-command'])
  process.stdout.write(
    '\n  ⚠ No --reset-url or --reset-command: each group sees the changes of the ones before.\n\n',
  );

let first = true;
describeMentoringApiBehaviour(`${baseUrl} over HTTP`, async (options) => {
  if (!first) await reset();
  first = false;
  return {
    as: (personId) => new HttpMentoringApi({ baseUrl, timeoutMs: 30_000, ...signIn(personId) }),
    personas: { ...PERSONAS, ...FIXTURE_IDS },
    // Program options (e.g. goal confirmation) are the server's own configuration here.
    ...(options?.settings ? { optionsIgnored: true } : {}),
  };
});
