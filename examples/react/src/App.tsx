// One page of an intranet app: the mentor directory, and a development-plan form that holds the
// kit's request form. React 19 sets the elements' properties (objects, arrays, the API) and
// listens to their mentor-* events through on<event-name> props.
import { useMemo, useState, type FormEvent } from 'react';
import type { MentorProfile } from 'mentorkit/contract';
import { MemoryMentoringApi } from 'mentorkit/memory';

const LANGUAGES = { en: 'English', es: 'Español', ar: 'العربية' } as const;
type Language = keyof typeof LANGUAGES;

export function App() {
  // An in-browser program with demo data: no server needed.
  const api = useMemo(() => new MemoryMentoringApi({ mentors: 30 }), []);
  const [locale, setLocale] = useState<Language>('en');
  const [mentor, setMentor] = useState<MentorProfile>();
  const [planEntry, setPlanEntry] = useState('');

  function addToPlan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The request form is form-associated: its value (the request as JSON) is in the FormData.
    const data = new FormData(event.currentTarget);
    const request = JSON.parse(String(data.get('request'))) as { message: string };
    setPlanEntry(`${mentor?.name}: “${request.message}” (cost centre ${data.get('costCentre')})`);
  }

  return (
    <main>
      <h1>Find a mentor</h1>
      <label>
        Language{' '}
        <select value={locale} onChange={(event) => setLocale(event.target.value as Language)}>
          {Object.entries(LANGUAGES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>

      <mentor-program api={api} locale={locale}>
        <mentor-directory
          weights={{ skills: 60, capacity: 40 }}
          filters={{ preset: { available: true }, hide: ['departments'] }}
          onmentor-request-start={(event) => {
            event.preventDefault(); // our own form below, not the directory's
            setMentor(event.detail.mentor);
            setPlanEntry('');
          }}
        ></mentor-directory>

        {mentor && (
          <section aria-labelledby="plan-heading">
            <h2 id="plan-heading">Requesting mentoring from {mentor.name}</h2>
            <form aria-label="Development plan" onSubmit={addToPlan}>
              <mentor-match-request name="request" mentorId={mentor.id}></mentor-match-request>
              <label>
                Cost centre <input name="costCentre" defaultValue="CC-204" />
              </label>
              <button type="submit">Add to my development plan</button>
            </form>
            <output aria-label="Plan entry">{planEntry}</output>
          </section>
        )}
      </mentor-program>
    </main>
  );
}
