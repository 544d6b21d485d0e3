// The guided tour of the demo page (demo mode only, where the person switcher exists): each step
// names who takes it; the current person's steps link to their place on the page, the others'
// switch person through the switcher (server/demo/switcher.js) and come back to that place.
import type { Me } from '../src/index.js';

export function setUpTour(me: Me, apiBase: string): void {
  const tour = document.querySelector<HTMLElement>('.demo-tour');
  const switcher = document.querySelector<HTMLSelectElement>('#mentorkit-demo-person');
  if (!tour || !switcher) return;
  const nameOf = (id: string) =>
    [...switcher.options].find((o) => o.value === id)?.text.replace(/ \(.*$/, '') ?? id;
  for (const step of tour.querySelectorAll<HTMLElement>('li[data-people]')) {
    const people = step.dataset['people']!.split(' ');
    const target = step.dataset['target']!;
    const action = document.createElement(people.includes(me.person.id) ? 'a' : 'button');
    action.className = 'tour-action';
    if (action instanceof HTMLAnchorElement) {
      step.classList.add('is-you');
      action.href = target;
      action.textContent = 'Go to this step';
    } else {
      action.type = 'button';
      action.textContent = `Switch to ${nameOf(people[0]!)}`;
      action.addEventListener('click', () => {
        history.replaceState(history.state, '', target);
        switcher.value = people[0]!;
        switcher.dispatchEvent(new Event('change'));
      });
    }
    step.append(' ', action);
  }
  // Start over: the server puts the seeded program back (demo mode only), and the tour restarts as Ana.
  const restart = tour.querySelector<HTMLButtonElement>('.tour-restart');
  restart?.addEventListener('click', async () => {
    restart.disabled = true;
    await fetch(`${apiBase}/demo/reset`, { method: 'POST', credentials: 'same-origin' });
    history.replaceState(history.state, '', location.pathname);
    const first = tour
      .querySelector<HTMLElement>('li[data-people]')!
      .dataset['people']!.split(' ')[0]!;
    if (switcher.value === first) location.reload();
    else {
      switcher.value = first;
      switcher.dispatchEvent(new Event('change'));
    }
  });
  tour.hidden = false;
}
