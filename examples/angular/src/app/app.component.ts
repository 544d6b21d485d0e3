// One page of an intranet app: the mentor directory, and a development-plan form that holds the
// kit's request form. Angular binds the elements' properties with [ ] (objects, arrays, the API),
// type-checked through the small directives in ./mentor-inputs.ts, and their mentor-* events
// with ( ); with strictTemplates, $event is typed from the kit's HTMLElementEventMap entries, so
// the handlers below get the real event detail.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { FormsModule, type NgForm } from '@angular/forms';
import type { MentorEventMap } from 'mentorkit';
import type { MentorProfile } from 'mentorkit/contract';
import type { MentorDirectory } from 'mentorkit/directory';
import { MemoryMentoringApi } from 'mentorkit/memory';
import { MENTOR_INPUTS } from './mentor-inputs';

@Component({
  selector: 'app-root',
  imports: [FormsModule, MENTOR_INPUTS],
  // <mentor-*> are custom elements: Angular sets their properties and listens to their events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.component.html',
})
export class AppComponent {
  readonly languages = [
    { code: 'en', name: 'English' },
    { code: 'es', name: 'Español' },
    { code: 'ar', name: 'العربية' },
  ];
  // An in-browser program with demo data: no server needed.
  readonly api = new MemoryMentoringApi({ mentors: 30 });
  readonly weights: MentorDirectory['weights'] = { skills: 60, capacity: 40 };
  readonly filters: MentorDirectory['filters'] = {
    preset: { available: true },
    hide: ['departments'],
  };

  readonly locale = signal('en');
  readonly mentor = signal<MentorProfile | undefined>(undefined);
  readonly planEntry = signal('');
  costCentre = 'CC-204';

  requestStart(event: CustomEvent<MentorEventMap['mentor-request-start']>) {
    event.preventDefault(); // our own form below, not the directory's
    this.mentor.set(event.detail.mentor);
    this.planEntry.set('');
  }

  addToPlan(form: HTMLFormElement, plan: NgForm) {
    // The request form is form-associated: its value (the request as JSON) is in the FormData;
    // Angular's own fields come from the NgForm.
    const request = JSON.parse(String(new FormData(form).get('request'))) as { message: string };
    const { costCentre } = plan.value as { costCentre: string };
    this.planEntry.set(`${this.mentor()?.name}: “${request.message}” (cost centre ${costCentre})`);
  }
}
