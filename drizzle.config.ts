// drizzle-kit generates the SQL migrations in server/db/migrations from server/db/schema.ts.
// The server runs them with drizzle's migrator on PGlite and on PostgreSQL alike.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});
