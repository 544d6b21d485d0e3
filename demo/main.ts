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

// A link to one's agreement (e.g. from a reminder email): `?mentorship=<id>`.
const linkedMentorship = new URLSearchParams(location.search).get('mentorship');
if (linkedMentorship)
  document
    .querySelector('mentor-agreement-signer')
    ?.setAttribute('mentorship-id', linkedMentorship);
// The widgets answer each other: a sent request shows under "My requests", an answer in the
// inbox updates the directory's spots. A link such as `?request-mentor=<id>` opens the form.
const requests = [...document.querySelectorAll('mentor-match-request')];
const directory = document.querySelector('mentor-directory');
const form = document.getElementById('request-form') as
  HTMLElementTagNameMap['mentor-match-request'] | null;
const wanted = new URLSearchParams(location.search).get('request-mentor');
if (form && wanted) form.mentorId = wanted;
for (const name of [
  'mentor-request-submit',
  'mentor-request-withdraw',
  'mentor-request-reply',
  'mentor-request-accept',
  'mentor-request-decline',
  'mentor-request-ask',
] as const) {
  document.addEventListener(name, (event) => {
    for (const widget of requests) if (widget !== event.target) void widget.refresh();
    void directory?.refresh();
  });
}
