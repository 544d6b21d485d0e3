import { bootstrapApplication } from '@angular/platform-browser';
import { provideZonelessChangeDetection } from '@angular/core';
// Registers the elements this page uses (each widget is its own entry).
import 'mentorkit/program';
import 'mentorkit/directory';
import 'mentorkit/match-request';
import { AppComponent } from './app/app.component';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch(
  (error: unknown) => console.error(error),
);
