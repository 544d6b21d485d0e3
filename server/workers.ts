// Several server processes on one port (node:cluster): one Node process runs JavaScript on one
// core, so with MENTORKIT_WORKERS the primary forks that many workers, each with its own database
// pool and directory index (the change feed keeps them all exact). The primary serves nothing: it
// migrates and seeds once, hands connections to workers that have loaded their directory, starts
// a new worker when one dies, and on SIGTERM lets every worker drain before it exits.
import cluster, { type Worker } from 'node:cluster';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ConfigError, type Config } from './config.js';
import type { Logger } from './logger.js';

/** CPUs a cgroup quota allows (containers: `docker --cpus`, Kubernetes limits), if any. */
function cgroupCpuLimit(): number | undefined {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  // cgroup v2: "max 100000" or "<quota> <period>"; v1: two files, -1 for no quota.
  const [quota, period] = (read('/sys/fs/cgroup/cpu.max') ?? '').split(' ');
  const v1Quota = read('/sys/fs/cgroup/cpu/cpu.cfs_quota_us');
  const v1Period = read('/sys/fs/cgroup/cpu/cpu.cfs_period_us');
  const [q, p] =
    quota && period ? [Number(quota), Number(period)] : [Number(v1Quota), Number(v1Period)];
  return q > 0 && p > 0 ? Math.max(1, Math.ceil(q / p)) : undefined;
}

/** One per core this process may use: the CPUs it may run on, capped by a cgroup quota. */
export function coresAvailable(): number {
  return Math.min(availableParallelism(), cgroupCpuLimit() ?? Infinity);
}

/**
 * How many server processes to run. Unset means one in demo mode (`npm start`, a laptop) and one
 * per core in production on PostgreSQL. PGlite lives inside one process, so more than one worker
 * on it is refused when asked for by number, and `auto` falls back to one.
 */
export function workerCount(config: Config, cores = coresAvailable()): number {
  const asked = config.workers ?? (config.databaseUrl && !config.demo ? 'auto' : 1);
  if (!config.databaseUrl) {
    if (asked !== 'auto' && asked > 1)
      throw new ConfigError(
        `MENTORKIT_WORKERS=${asked} needs a PostgreSQL server (DATABASE_URL): the embedded ` +
          'database (PGlite) can only be opened by one process. Set DATABASE_URL, or unset ' +
          'MENTORKIT_WORKERS to run one process.',
      );
    return 1;
  }
  return asked === 'auto' ? cores : asked;
}

/**
 * A larger young generation for workers (unless given otherwise): a search allocates its cards
 * and its JSON text, short-lived; with Node's default semi-spaces (16 MB) the scavenger ran so
 * often that answers still in use were promoted to the old generation. 32 MB: about 15% more
 * searches per second and a lower p99 in `npm run bench:server`, for at most 48 MB more memory
 * per worker.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const given = execArgv.some((flag) => flag.startsWith('--max-semi-space-size'));
  return given ? [...execArgv] : [...execArgv, '--max-semi-space-size=32'];
}

export interface PrimaryOptions {
  config: Config;
  log: Logger;
  workers: number;
  /** Migrates and seeds the database once, before any worker opens it. */
  prepare: () => Promise<void>;
  /** Called once every worker listens (the first time). */
  onReady: (port: number) => void;
}

/** A worker that dies sooner than this after starting counts as a crash loop. */
const QUICK_DEATH_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** Workers drain for up to 10 s (server/index.ts); after this they are killed. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

export async function runPrimary(options: PrimaryOptions): Promise<void> {
  const { log, workers } = options;
  await options.prepare();
  const startedAt = new Map<Worker, number>();
  const listening = new Set<Worker>();
  let ready = false;
  let stopping = false;
  let quickDeaths = 0;
  let failed = false;

  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv) });
  const fork = () => startedAt.set(cluster.fork(), Date.now());

  cluster.on('listening', (worker, address) => {
    listening.add(worker);
    log.info('worker listening', { pid: worker.process.pid, workers: listening.size });
    if (!ready && listening.size === workers) {
      ready = true;
      options.onReady(address.port);
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    listening.delete(worker);
    if (stopping) {
      if (code !== 0) failed = true;
      if (startedAt.size === 0) process.exit(failed ? 1 : 0);
      return;
    }
    const fields = { pid: worker.process.pid, code, signal, livedMs: lived };
    if (!ready) {
      // Nothing ever served: a worker that cannot start (port taken, bad config) would only loop.
      log.error('worker failed before the server was ready; stopping', fields);
      stop('worker failed', 1);
      return;
    }
    quickDeaths = lived < QUICK_DEATH_MS ? quickDeaths + 1 : 0;
    const delay = quickDeaths ? Math.min(MAX_RESTART_DELAY_MS, 1_000 * 2 ** (quickDeaths - 1)) : 0;
    log.error('worker exited; starting another', { ...fields, restartInMs: delay });
    setTimeout(fork, delay);
  });

  const stop = (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    if (exitCode) failed = true;
    log.info('shutting down', { reason, workers: startedAt.size });
    if (startedAt.size === 0) process.exit(exitCode);
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
    setTimeout(() => {
      log.error('workers did not stop in time; killing them', { workers: startedAt.size });
      for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
  };
  // Ctrl+C reaches the workers as well; they ignore the second signal (server/index.ts).
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  log.info('starting workers', { workers });
  for (let i = 0; i < workers; i++) fork();
}
