// Deliberate mistakes: `npm run typecheck:errors` must report an error on the line after each
// cross mark and nowhere else (scripts/test-examples.mjs checks). Angular does not type property
// bindings on custom elements, but with strictTemplates it types $event from the kit's
// HTMLElementEventMap entries, so a handler for the wrong event detail fails. Not part of the app.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import type { MentorEventMap } from 'mentorkit';
import 'mentorkit/directory';

@Component({
  selector: 'app-wrong-usage',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- ✗ a handler for mentor-request-submit's detail on mentor-request-start -->
    <mentor-directory (mentor-request-start)="onSubmitted($event)"></mentor-directory>
    <!-- ✗ the mentor-request-start detail has a mentor, with a name, not a "nmae" -->
    <mentor-directory (mentor-request-start)="picked = $event.detail.mentor.nmae" />
  `,
})
export class WrongUsageComponent {
  picked = '';
  onSubmitted(event: CustomEvent<MentorEventMap['mentor-request-submit']>) {
    this.picked = event.detail.request.id;
  }
}
