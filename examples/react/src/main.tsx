import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers the elements this page uses (each widget is its own entry); the typings make every
// <mentor-*> element known to JSX.
import 'mentorkit/program';
import 'mentorkit/directory';
import 'mentorkit/match-request';
import 'mentorkit/react';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
