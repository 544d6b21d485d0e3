// Starts the reference server: opens (and migrates) the database, seeds it when empty, listens on
// PORT (or a free port), prints the URL, and shuts down gracefully on SIGTERM / SIGINT. With
// MENTORKIT_WORKERS it runs that many such processes on one port (server/workers.ts).
import cluster from 'node:cluster';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { ConfigError, configFromEnv, type Config } from './config.js';
import { openDatabase, type Database, type Db } from './db/connection.js';
import { jsonLogger, type Logger } from './logger.js';
import { DirectoryIndexCache } from './repositories/directory.js';
import { isEmpty, seedDatabase } from './seed.js';
import { warmUp } from './warm-up.js';
import { runPrimary, workerCount } from './workers.js';

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  /** Settles once the mentor directory is loaded (until then /ready answers 503). */
  directoryLoaded: Promise<void>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

const urlOf = (config: Config, port: number) =>
  `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

/**
 * Loads the directory in the background, trying again every few seconds while it fails; with
 * `warm`, then runs searches of its own so the first real ones run optimised code (warm-up.ts).
 */
async function loadDirectory(
  directory: DirectoryIndexCache,
  { db, log, warm }: { db: Db; log: Logger; warm: boolean },
  stop: AbortSignal,
): Promise<void> {
  for (let attempt = 1; !stop.aborted; attempt++) {
    const started = Date.now();
    try {
      let warmedMs = 0;
      await directory.load(
        warm
          ? async (programId, index) => {
              const warming = Date.now();
              await warmUp(db, programId, index);
              warmedMs += Date.now() - warming;
            }
          : undefined,
      );
      log.info('directory loaded', { ms: Date.now() - started - warmedMs, warmUpMs: warmedMs });
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
  /** Warm the search code up before serving (warm-up.ts); `npm start` does, tests need not. */
  warmUp?: boolean;
  /** Use this database instead of opening one (tests share one per file). */
  database?: Database;
  /**
   * Listen only once the directory is loaded (cluster workers: the primary hands connections to
   * listening workers only, so a restarted worker takes no search before it can answer fast).
   */
  listenWhenLoaded?: boolean;
}

const openConfigured = (config: Config) =>
  openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
  });

/** Seeds the demo program into an empty database; instances starting together seed it once. */
async function seedIfEmpty(database: Database, config: Config, log: Logger, now: Date) {
  await database.exclusively(async () => {
    if (!(await isEmpty(database.db))) return;
    const started = Date.now();
    await seedDatabase(database.db, { ...config.seed, now });
    log.info('seeded demo program', {
      mentors: config.seed.mentors,
      mentees: config.seed.mentees,
      ms: Date.now() - started,
    });
  });
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options;
  const log = options.log ?? jsonLogger();
  const clock = options.clock ?? (() => new Date());
  const database = options.database ?? (await openConfigured(config));
  if (options.seed !== false) await seedIfEmpty(database, config, log, clock());
  const directory = new DirectoryIndexCache(database.db);
  const stopLoading = new AbortController();
  const directoryLoaded = loadDirectory(
    directory,
    { db: database.db, log, warm: options.warmUp ?? false },
    stopLoading.signal,
  );
  if (options.listenWhenLoaded) await directoryLoaded;
  const stopping = () => stopLoading.signal.aborted;
  const app = createApp({ db: database.db, clock, config, log, directory, stopping });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const url = urlOf(config, port);
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

function announce(config: Config, log: Logger, url: string, fields: Record<string, unknown>) {
  log.info('mentorkit server ready', { url, ...fields, demo: config.demo });
  process.stdout.write(`\n  mentorkit is running at ${url}/\n  API: ${url}/api/v1\n\n`);
}

async function main() {
  const config = configFromEnv();
  const log = jsonLogger();
  const workers = cluster.isPrimary ? workerCount(config) : 1;
  if (workers > 1) {
    await runPrimary({
      config,
      log,
      workers,
      prepare: async () => {
        const database = await openConfigured(config);
        await seedIfEmpty(database, config, log, new Date());
        await database.close();
      },
      onReady: (port) => announce(config, log, urlOf(config, port), { workers }),
    });
    return;
  }
  // A worker still loading its directory serves nothing yet: a shutdown now has nothing to drain.
  const notServingYet = () => process.exit(0);
  if (cluster.isWorker)
    for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, notServingYet);
  const running = await startServer({
    config,
    log,
    seed: cluster.isPrimary,
    listenWhenLoaded: cluster.isWorker,
    warmUp: true,
  });
  for (const signal of ['SIGTERM', 'SIGINT']) process.off(signal, notServingYet);
  if (cluster.isWorker) log.info('worker ready', { pid: process.pid });
  else
    announce(config, log, running.url, {
      database: running.database.kind,
      location: running.database.location,
      workers: 1,
    });
  let stopping = false;
  const stop = (signal: string) => {
    // Ctrl+C reaches both `npm start` and the server; a second signal must not cut the drain short.
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal, pid: process.pid });
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
    // A configuration mistake needs its sentence, not a stack trace.
    const detail =
      error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error;
    process.stderr.write(`mentorkit server failed to start: ${String(detail)}\n`);
    process.exit(1);
  });
}
