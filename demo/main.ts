// The demo page's only script (a file, not inline: the page must work under a strict CSP).
// Served by the reference server, the page carries <meta name="mentorkit-api-base"> and the
// widgets talk to it over HTTP, as on a customer's portal. Opened on its own (`npm run dev`), it
// runs on the in-browser memory API instead, loaded only then.
import { HttpMentoringApi, type MentoringApi } from '../src/index.js';
import { PersonView } from './people-view.js';
import { showReport } from './report.js';
import { setUpThemeSwitch } from './theme-switch.js';
import { setUpTour } from './tour.js';

setUpThemeSwitch();

const program = document.querySelector('mentor-program')!;
const apiBase = document.querySelector<HTMLMetaElement>('meta[name="mentorkit-api-base"]')?.content;

for (const notice of document.querySelectorAll<HTMLElement>('[data-demo-notice]')) {
  notice.hidden = notice.dataset['demoNotice'] !== (apiBase ? 'server' : 'memory');
}

let api: MentoringApi;
if (apiBase) {
  setUpTour(apiBase);
  // The page's own client, shared with the widgets (the same as `api-base`, one HTTP client).
  api = new HttpMentoringApi({ baseUrl: apiBase });
} else {
  const { MemoryMentoringApi } = await import('../src/memory/index.js');
  // Ana Souza: a mentee with an active mentorship, open requests and a manager in the directory.
  api = new MemoryMentoringApi({ userId: 'ana-souza', latencyMs: 250 });
}
program.api = api;

const view = await PersonView.load(api);
if (view.me.roles.includes('admin')) void showReport(api);
// The parts were stamped after the first paint: go to the step a link or the tour pointed at.
if (location.hash.length > 1) document.querySelector(location.hash)?.scrollIntoView();

// A link such as `?request-mentor=<id>` opens the request form for that mentor.
const form = document.getElementById('request-form') as
  HTMLElementTagNameMap['mentor-match-request'] | null;
const wanted = new URLSearchParams(location.search).get('request-mentor');
if (form && wanted) form.mentorId = wanted;

// The widgets answer each other: a sent request shows under "My requests", an answer in the
// inbox updates the directory's spots, an accepted request starts a mentorship to work on.
for (const name of [
  'mentor-request-submit',
  'mentor-request-withdraw',
  'mentor-request-reply',
  'mentor-request-accept',
  'mentor-request-decline',
  'mentor-request-ask',
] as const) {
  document.addEventListener(name, (event) => {
    for (const widget of document.querySelectorAll('mentor-match-request'))
      if (widget !== event.target) void widget.refresh();
    void document.querySelector('mentor-directory')?.refresh();
    if (name === 'mentor-request-accept') void view.refreshMentorships();
  });
}
