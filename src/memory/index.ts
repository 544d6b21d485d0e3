// Public entry of the in-browser backend (`mentorkit/memory`): MentoringApi on generated demo
// data, with the reference server's rules. A second backend, not part of the HTTP client, so
// pages that talk to a real server never download the fixture generator.
export { MemoryMentoringApi, type MemoryMentoringApiOptions } from './memory-api.js';
