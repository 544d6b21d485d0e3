// @ts-check
// The page's own script: sets the elements' properties (the API object, objects and arrays),
// listens to their mentor-* events, and reads the request form's value from the page's <form>.
import 'mentorkit/program';
import 'mentorkit/directory';
import 'mentorkit/match-request';
import { MemoryMentoringApi } from 'mentorkit/memory';

const program = /** @type {HTMLElementTagNameMap['mentor-program']} */ (
  document.querySelector('mentor-program')
);
const directory = /** @type {HTMLElementTagNameMap['mentor-directory']} */ (
  document.querySelector('mentor-directory')
);
const request = /** @type {HTMLElementTagNameMap['mentor-match-request']} */ (
  document.querySelector('mentor-match-request')
);
const plan = /** @type {HTMLElement} */ (document.querySelector('#plan'));
const form = /** @type {HTMLFormElement} */ (plan.querySelector('form'));
const output = /** @type {HTMLOutputElement} */ (plan.querySelector('output'));
const language = /** @type {HTMLSelectElement} */ (document.querySelector('#language'));

// An in-browser program with demo data: no server needed.
program.api = new MemoryMentoringApi({ mentors: 30 });
directory.weights = { skills: 60, capacity: 40 };
directory.filters = /** @type {typeof directory.filters} */ ({
  preset: { available: true },
  hide: ['departments'],
});

/** @type {import('mentorkit/contract').MentorProfile | undefined} */
let mentor;

directory.addEventListener('mentor-request-start', (event) => {
  event.preventDefault(); // our own form below, not the directory's
  mentor = event.detail.mentor;
  request.mentorId = mentor.id;
  /** @type {HTMLElement} */ (plan.querySelector('h2')).textContent =
    `Requesting mentoring from ${mentor.name}`;
  output.value = '';
  plan.hidden = false;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  // The request form is form-associated: its value (the request as JSON) is in the FormData.
  const data = new FormData(form);
  const { message } = JSON.parse(String(data.get('request')));
  output.value = `${mentor?.name}: “${message}” (cost centre ${data.get('costCentre')})`;
});

language.addEventListener('change', () => {
  program.locale = language.value;
});
