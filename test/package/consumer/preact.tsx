/** @jsxImportSource preact */
// A Preact app's JSX against `mentorkit/preact` (typechecked by ../check-package.mjs with
// tsconfig.jsx.json): properties with the elements' own types, on<event> handlers with the
// event's detail; each `@ts-expect-error` line is a mistake the typings must catch.
import 'mentorkit/preact';
import 'mentorkit/directory';
import { MemoryMentoringApi } from 'mentorkit/memory';

const api = new MemoryMentoringApi({ mentors: 10 });
export const page = (
  <mentor-program api={api} locale="es">
    <mentor-directory
      class="wide"
      weights={{ skills: 60, capacity: 40 }}
      filters={{ preset: { available: true }, hide: ['departments'] }}
      onmentor-request-start={(event) => event.detail.mentor.name.toUpperCase()}
    />
  </mentor-program>
);
// @ts-expect-error a misspelt property
export const misspelt = <mentor-directory wieghts={{ skills: 60 }} />;
// @ts-expect-error weights are numbers
export const wrongType = <mentor-directory weights={{ skills: 'high' }} />;
// @ts-expect-error the mentor-request-start detail has no `request`
export const noRequest = <mentor-directory onmentor-request-start={(e) => e.detail.request} />;
// Not caught, by TypeScript's design: JSX attribute names with a hyphen (a handler for another
// element's event) are never checked against the element's props.
