// Typed property bindings for the kit's elements in Angular templates. With
// CUSTOM_ELEMENTS_SCHEMA alone, Angular sets [weights] on <mentor-directory> without checking its
// type. A directive on the element's own selector that declares the input with the element's
// property type makes strictTemplates check each binding (a wrong type fails `ng build`); its
// setter hands the value on to the element's property, as the plain binding did.
import { Directive, ElementRef, Input, inject } from '@angular/core';
import type { MentorDirectory } from 'mentorkit/directory';
import type { MentorMatchRequest } from 'mentorkit/match-request';
import type { MentorProgram } from 'mentorkit/program';

const host = <E extends HTMLElement>() => inject<ElementRef<E>>(ElementRef).nativeElement;

@Directive({ selector: 'mentor-program' })
export class MentorProgramInputs {
  readonly #element = host<MentorProgram>();
  @Input() set api(value: MentorProgram['api']) {
    this.#element.api = value;
  }
  @Input() set locale(value: MentorProgram['locale']) {
    this.#element.locale = value;
  }
}

@Directive({ selector: 'mentor-directory' })
export class MentorDirectoryInputs {
  readonly #element = host<MentorDirectory>();
  @Input() set weights(value: MentorDirectory['weights']) {
    this.#element.weights = value;
  }
  @Input() set filters(value: MentorDirectory['filters']) {
    this.#element.filters = value;
  }
}

@Directive({ selector: 'mentor-match-request' })
export class MentorMatchRequestInputs {
  readonly #element = host<MentorMatchRequest>();
  @Input() set mentorId(value: MentorMatchRequest['mentorId']) {
    this.#element.mentorId = value;
  }
}

/** Import these where a template binds the kit's elements' properties. */
export const MENTOR_INPUTS = [MentorProgramInputs, MentorDirectoryInputs, MentorMatchRequestInputs];
