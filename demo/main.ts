// The demo page's only script (a file, not inline: the page must work under a strict CSP).
// A real portal loads dist/mentorkit.js and sets `api-base` on <mentor-program>; until the
// reference server exists, the demo gives the provider the in-browser memory API instead.
import '../src/index.js';
import { MemoryMentoringApi } from '../src/client/index.js';

const program = document.querySelector('mentor-program');
if (program) {
  // Ana Souza: a mentee with an active mentorship, open requests and a manager in the directory.
  program.api = new MemoryMentoringApi({ userId: 'ana-souza', latencyMs: 250 });
}
