// Types only: see the .d.ts beside this file. Importing it adds nothing to a page.
export {};
