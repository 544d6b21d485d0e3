// The reference server for browser journeys: started by reference-server-middleware.mjs in its
// own process (tsx), on PGlite with the seeded program, signing people in by the trusted-proxy
// header the middleware passes through. Prints `READY <apiBase>`; ends when stdin closes.
import {
  startTestServer,
  JWT_AUDIENCE,
  JWT_ISSUER,
  JWT_SECRET,
} from '../../server/support/test-server.js';

export const TEST_USER_HEADER = 'x-mentorkit-test-user';

const server = await startTestServer('pglite', {
  auth: {
    jwtSecret: JWT_SECRET,
    issuer: JWT_ISSUER,
    audience: JWT_AUDIENCE,
    subjectClaim: 'sub',
    trustedUserHeader: TEST_USER_HEADER,
  },
});
process.stdout.write(`READY ${server.apiBase}\n`);
// The test runner ends us with SIGTERM (or by closing stdin): remove the temporary database.
let stopping: Promise<void> | undefined;
const stop = () => {
  stopping ??= server.close().then(() => process.exit(0));
};
process.stdin.resume();
process.stdin.on('end', stop);
process.on('SIGTERM', stop);
