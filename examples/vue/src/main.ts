import { createApp } from 'vue';
// Registers the elements this page uses (each widget is its own entry); the typings make every
// <mentor-*> element known to vue-tsc.
import 'mentorkit/program';
import 'mentorkit/directory';
import 'mentorkit/match-request';
import 'mentorkit/vue';
import App from './App.vue';

createApp(App).mount('#app');
