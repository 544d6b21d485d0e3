// The page's own script: the kit's self-contained build (dist/browser, built for the test by
// the middleware) and the HTTP client pointed at the reference server, signed in as Ana.
import '/__built/browser/mentorkit.js';
import { HttpMentoringApi } from '/__built/browser/client.js';

document.querySelector('mentor-program').api = new HttpMentoringApi({
  baseUrl: '/__server/api/v1',
  headers: { 'x-mentorkit-test-user': 'ana-souza' },
  timeoutMs: 30_000, // a shared, busy test machine
});
