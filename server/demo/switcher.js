// Demo mode's person switcher (never in production). The server renders the bar into the page,
// so it is there at first paint; this file only makes the select switch the person.
const API = '/api/v1';

const select = document.getElementById('mentorkit-demo-person');
select?.addEventListener('change', async () => {
  select.disabled = true;
  await fetch(`${API}/demo/session`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId: select.value }),
  });
  location.reload();
});
