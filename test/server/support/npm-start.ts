// `npm start` for real, as a newcomer runs it: scripts/start.mjs builds the demo page and runs the
// reference server in demo mode, here on a free port (PORT=0) over a fresh embedded database in a
// temp folder (so the first start seeds it). Resolves with the address the server prints.
// `serverProcess` runs the server alone the same way (server/index.ts, as a deployment would).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export interface StartedServer {
  url: string;
  stop(): Promise<void>;
}

export const npmStart = (env: Record<string, string> = {}) =>
  startProcess(['scripts/start.mjs'], env);

export const serverProcess = (env: Record<string, string> = {}) =>
  startProcess(['--import', 'tsx', 'server/index.ts'], env);

async function startProcess(args: string[], env: Record<string, string>): Promise<StartedServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mentorkit-start-'));
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: '', // the embedded database, whatever the test run points at
      PORT: '0',
      MENTORKIT_DATA_DIR: dataDir,
      MENTORKIT_LOG: 'off',
      ...env,
    },
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${args.join(' ')} did not start:\n${output}`)),
      180_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /mentorkit is running at (http:\/\/\S+?)\/\s/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolveUrl(found[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
