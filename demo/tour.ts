// The guided tour of the demo page (demo mode only, where the person switcher exists). The server
// renders it with the page, each step ending in its action for the person viewing (part of the
// first paint, so nothing moves when this script runs): a link to the step's place, or a button
// that switches person through the switcher (server/demo/switcher.js) and comes back to that place.
export function setUpTour(apiBase: string): void {
  const tour = document.querySelector<HTMLElement>('.demo-tour');
  const switcher = document.querySelector<HTMLSelectElement>('#mentorkit-demo-person');
  if (!tour || !switcher) return;
  for (const action of tour.querySelectorAll<HTMLButtonElement>('button.tour-action')) {
    const target = action.closest<HTMLElement>('li[data-target]')?.dataset['target'];
    action.addEventListener('click', () => {
      if (target) history.replaceState(history.state, '', target);
      switcher.value = action.dataset['person']!;
      switcher.dispatchEvent(new Event('change'));
    });
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
}
