// Deliberate mistakes: `npm run typecheck:errors` must report an error on the line after each
// cross mark and nowhere else (scripts/test-examples.mjs checks), proving that mentorkit/react
// types each element's properties and event details. Not part of the app.
import 'mentorkit/react';

export function WrongUsage() {
  return (
    <mentor-program
      // ✗ locale is a string
      locale={2}
    >
      <mentor-directory
        // ✗ pageSize is a number
        pageSize="twenty"
        // ✗ weights are points per criterion, and "skils" is no criterion
        weights={{ skils: 60 }}
        // ✗ filters.hide lists filter groups, and "department" is none
        filters={{ hide: ['department'] }}
        // ✗ the mentor-request-start detail has a mentor, with a name, not a "nmae"
        onmentor-request-start={(event) => console.log(event.detail.mentor.nmae)}
      ></mentor-directory>
      <mentor-match-request
        // ✗ the property is mentorId
        mentorID="m-1"
        // ✗ mentor-request-submit's detail is { request }, and a request has no "mentor"
        onmentor-request-submit={(event) => console.log(event.detail.request.mentor)}
      ></mentor-match-request>
    </mentor-program>
  );
}
