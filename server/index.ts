// Starts the reference server: opens (and migrates) the database, seeds it when empty, listens on
// PORT (or a free port), prints the URL, and shuts down gracefully on SIGTERM / SIGINT.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { configFromEnv, type Config } from './config.js';
import { openDatabase, type Database } from './db/connection.js';
import { jsonLogger, type Logger } from './logger.js';
import { DirectoryIndexCache } from './repositories/directory.js';
import { isEmpty, seedDatabase } from './seed.js';

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  /** Settles once the mentor directory is loaded (until then /ready answers 503). */
  directoryLoaded: Promise<void>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

/** Loads the directory in the background, trying again every few seconds while it fails. */
async function loadDirectory(
  directory: DirectoryIndexCache,
  log: Logger,
  stop: AbortSignal,
): Promise<void> {
  for (let attempt = 1; !stop.aborted; attempt++) {
    const started = Date.now();
    try {
      await directory.load();
      log.info('directory loaded', { ms: Date.now() - started });
      return;
    } catch (error) {
      if (stop.aborted) return;
      log.error('directory not loaded yet; trying again', { attempt, error: String(error) });
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(30_000, attempt * 2_000)).unref(),
      );
    }
  }
}

export interface StartOptions {
  config: Config;
  log?: Logger;
  clock?: () => Date;
  /** Seed the demo program when the database is empty (default true). */
  seed?: boolean;
  /** Use this database instead of opening one (tests share one per file). */
  database?: Database;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options;
  const log = options.log ?? jsonLogger();
  const clock = options.clock ?? (() => new Date());
  const database =
    options.database ??
    (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  if (options.seed !== false && (await isEmpty(database.db))) {
    const started = Date.now();
    await seedDatabase(database.db, { ...config.seed, now: clock() });
    log.info('seeded demo program', {
      mentors: config.seed.mentors,
      mentees: config.seed.mentees,
      ms: Date.now() - started,
    });
  }
  const directory = new DirectoryIndexCache(database.db);
  const stopLoading = new AbortController();
  const directoryLoaded = loadDirectory(directory, log, stopLoading.signal);
  const app = createApp({ db: database.db, clock, config, log, directory });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    database,
    directoryLoaded,
    close: () => {
      stopLoading.abort();
      return (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      }).then(() => (options.database ? undefined : database.close())));
    },
  };
}

async function main() {
  const config = configFromEnv();
  const log = jsonLogger();
  const running = await startServer({ config, log });
  log.info('mentorkit server ready', {
    url: running.url,
    database: running.database.kind,
    location: running.database.location,
    demo: config.demo,
  });
  process.stdout.write(
    `\n  mentorkit is running at ${running.url}/\n  API: ${running.url}/api/v1\n\n`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    // Ctrl+C reaches both `npm start` and the server; a second signal must not cut the drain short.
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `mentorkit server failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  });
}
