// Deliberate mistakes: `npm run typecheck:errors` must report an error on the line after each
// cross mark and nowhere else (scripts/test-examples.mjs checks). With strictTemplates, Angular
// types $event from the kit's HTMLElementEventMap entries, so a handler for the wrong event detail
// fails, and the property bindings through ../src/app/mentor-inputs.ts are checked against the
// elements' property types. Not part of the app.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import type { MentorEventMap } from 'mentorkit';
import 'mentorkit/directory';
import { MENTOR_INPUTS } from '../src/app/mentor-inputs';

@Component({
  selector: 'app-wrong-usage',
  imports: [MENTOR_INPUTS],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- ✗ a handler for mentor-request-submit's detail on mentor-request-start -->
    <mentor-directory (mentor-request-start)="onSubmitted($event)"></mentor-directory>
    <!-- ✗ the mentor-request-start detail has a mentor, with a name, not a "nmae" -->
    <mentor-directory (mentor-request-start)="picked = $event.detail.mentor.nmae" />
    <!-- ✗ weights is an object of numbers, not a string -->
    <mentor-directory [weights]="'skills'" />
    <!-- ✗ filters.hide lists facet names, not a boolean -->
    <mentor-directory [filters]="{ hide: true }" />
    <!-- ✗ mentorId is a string -->
    <mentor-match-request [mentorId]="42" />
  `,
})
export class WrongUsageComponent {
  picked = '';
  onSubmitted(event: CustomEvent<MentorEventMap['mentor-request-submit']>) {
    this.picked = event.detail.request.id;
  }
}
