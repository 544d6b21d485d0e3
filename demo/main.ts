// The demo page's only script (a file, not inline: the page must work under a strict CSP).
// Served by the reference server, the page carries <meta name="mentorkit-api-base"> and the
// widgets talk to it over HTTP, as on a customer's portal. Opened on its own (`npm run dev`), it
// runs on the in-browser memory API instead, loaded only then.
import '../src/index.js';

const program = document.querySelector('mentor-program');
const apiBase = document.querySelector<HTMLMetaElement>('meta[name="mentorkit-api-base"]')?.content;

for (const notice of document.querySelectorAll<HTMLElement>('[data-demo-notice]')) {
  notice.hidden = notice.dataset['demoNotice'] !== (apiBase ? 'server' : 'memory');
}

if (program && apiBase) {
  program.setAttribute('api-base', apiBase);
} else if (program) {
  const { MemoryMentoringApi } = await import('../src/memory/index.js');
  // Ana Souza: a mentee with an active mentorship, open requests and a manager in the directory.
  program.api = new MemoryMentoringApi({ userId: 'ana-souza', latencyMs: 250 });
}
