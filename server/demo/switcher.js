// Demo mode's person switcher, added to the demo page by the reference server (never in
// production). Built with DOM calls, never from HTML strings: the page enforces Trusted Types.
const API = '/api/v1';

async function json(path, init) {
  const response = await fetch(`${API}${path}`, { credentials: 'same-origin', ...init });
  return {
    ok: response.ok,
    status: response.status,
    body: response.ok ? await response.json() : null,
  };
}

async function switchTo(personId) {
  await fetch(`${API}/demo/session`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  location.reload();
}

async function main() {
  const [people, me] = await Promise.all([json('/demo/people'), json('/me')]);
  if (!people.ok) return;
  if (me.status === 401) {
    // First visit: sign in as the main persona so the widgets have someone to show.
    await switchTo('ana-souza');
    return;
  }
  const bar = document.createElement('div');
  bar.className = 'mentorkit-demo-switcher';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Demo mode');
  const label = document.createElement('label');
  const strong = document.createElement('strong');
  strong.textContent = 'Demo mode';
  label.append(strong, ' — not a real sign-in. Viewing the program as ');
  const select = document.createElement('select');
  select.id = 'mentorkit-demo-person';
  label.htmlFor = select.id;
  for (const person of people.body.items) {
    const option = document.createElement('option');
    option.value = person.id;
    option.textContent = `${person.name} (${person.title}; ${person.roles.join(', ')})`;
    option.selected = me.body?.person.id === person.id;
    select.append(option);
  }
  select.addEventListener('change', () => switchTo(select.value));
  bar.append(label, select);
  document.body.prepend(bar);
}

main();
