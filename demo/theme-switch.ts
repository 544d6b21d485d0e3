// The demo's appearance switch: the colour scheme (the kit follows the page's `color-scheme`) and
// the brand (the portal's `--mentor-*` tokens in demo.css, or the kit's own defaults). Kept in
// localStorage so a person switch (a reload) keeps it.
const KEY = 'mentorkit-demo-appearance';

type Appearance = { scheme: string; brand: string };

function apply({ scheme, brand }: Appearance): void {
  document.documentElement.dataset['scheme'] = scheme;
  document.documentElement.dataset['brand'] = brand;
}

export function setUpThemeSwitch(): void {
  const form = document.querySelector<HTMLFormElement>('.demo-appearance');
  let saved: Appearance = { scheme: 'system', brand: 'portal' };
  try {
    saved = { ...saved, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Appearance>) };
  } catch {
    // Unreadable or blocked storage: the defaults.
  }
  apply(saved);
  if (!form) return;
  const field = (name: keyof Appearance) => form.elements.namedItem(name) as HTMLSelectElement;
  field('scheme').value = saved.scheme;
  field('brand').value = saved.brand;
  form.addEventListener('change', () => {
    const chosen = { scheme: field('scheme').value, brand: field('brand').value };
    apply(chosen);
    try {
      localStorage.setItem(KEY, JSON.stringify(chosen));
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  });
}
