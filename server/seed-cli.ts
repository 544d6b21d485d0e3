// `npm run seed -- --mentors 100000 [--mentees 2000] [--seed 7]`: replaces the data in the
// configured database (MENTORKIT_DATA_DIR or DATABASE_URL) with a freshly generated program.
import { parseArgs } from 'node:util';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/connection.js';
import { clearDatabase, seedDatabase } from './seed.js';

const { values } = parseArgs({
  options: {
    mentors: { type: 'string' },
    mentees: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  process.stdout.write('Usage: npm run seed -- [--mentors 240] [--mentees 60] [--seed 20261125]\n');
  process.exit(0);
}

const count = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 10 || parsed > 1_000_000) {
    process.stderr.write(`--${name} must be a whole number from 10 to 1000000\n`);
    process.exit(2);
  }
  return parsed;
};

const config = configFromEnv();
const mentors = count(values.mentors, 'mentors') ?? config.seed.mentors;
const mentees = count(values.mentees, 'mentees') ?? config.seed.mentees;
const seed = count(values.seed, 'seed') ?? config.seed.seed;
const started = Date.now();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await clearDatabase(database.db);
  const fixture = await seedDatabase(database.db, { mentors, mentees, seed, now: new Date() });
  process.stdout.write(
    `Seeded ${database.kind} (${database.location}): ${fixture.mentors.length} mentors, ${fixture.mentees.length} mentees, ` +
      `${fixture.requests.length} requests, ${fixture.mentorships.length} mentorships in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
} finally {
  await database.close();
}
