// The reference server as a real child process (`node --import tsx server/index.ts`), as an
// operator runs it: for tests of several instances and for the instance measurements. Its JSON
// log lines are kept so a caller can wait for one (a worker restarted, the server ready).
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export type LogLine = { message: string } & Record<string, unknown>;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Every JSON log line so far (requests, workers starting and exiting). */
  logs: LogLine[];
  /** Resolves with the first log line (past or future) that `match` accepts. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Sends `signal` and resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const waiters = new Set<(line: LogLine) => void>();
  let stderr = '';
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop()!;
    for (const text of lines) {
      if (!text.startsWith('{')) continue; // the banner
      const line = JSON.parse(text) as LogLine;
      logs.push(line);
      for (const waiter of waiters) waiter(line);
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const waitForLog: ServerProcess['waitForLog'] = (match, wait = timeoutMs) =>
    new Promise((done, fail) => {
      const seen = logs.find(match);
      if (seen) return done(seen);
      const timer = setTimeout(() => {
        waiters.delete(check);
        fail(new Error(`no matching server log line within ${wait} ms\n${stderr}`));
      }, wait);
      const check = (line: LogLine) => {
        if (!match(line)) return;
        clearTimeout(timer);
        waiters.delete(check);
        done(line);
      };
      waiters.add(check);
      void exited.then((code) => {
        clearTimeout(timer);
        waiters.delete(check);
        fail(new Error(`server exited (${code}): ${stderr}`));
      });
    });

  return waitForLog((line) => line.message === 'mentorkit server ready', timeoutMs).then(
    (ready) => ({
      url: String(ready.url),
      child,
      logs,
      waitForLog,
      stop: (signal = 'SIGTERM') => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        return exited;
      },
    }),
  );
}
