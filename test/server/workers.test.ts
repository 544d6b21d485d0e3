// MENTORKIT_WORKERS: several processes on one port (node:cluster). Refused on the embedded
// database; on PostgreSQL every worker answers, a dead worker is replaced, SIGTERM lets a request
// in flight finish, and instances starting together on an empty database set it up once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERSONAS, FIXTURE_IDS } from '../../src/fixtures/index.js';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.js';
import { postgresSkipReason, signTestToken } from './support/test-server.js';
import {
  apiOn,
  seedPostgres,
  startPostgresServer,
  type SeededPostgres,
} from './support/server-processes.js';

describe('workers on the embedded database', () => {
  it('refuses MENTORKIT_WORKERS=2 with a message that says what to do', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mentorkit-workers-'));
    try {
      await assert.rejects(
        startServerProcess({
          DATABASE_URL: '',
          MENTORKIT_DATA_DIR: dataDir,
          MENTORKIT_WORKERS: '2',
        }),
        /MENTORKIT_WORKERS=2 needs a PostgreSQL server \(DATABASE_URL\).*Set DATABASE_URL, or unset MENTORKIT_WORKERS/s,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('workers on PostgreSQL', { skip: postgresSkipReason() }, () => {
  let pg: SeededPostgres;
  let server: ServerProcess;
  before(async () => {
    pg = await seedPostgres();
    server = await startPostgresServer({ MENTORKIT_WORKERS: '2' });
  });
  after(async () => {
    await server?.stop('SIGKILL');
    await pg?.database.close();
  });

  const listeningPids = () =>
    server.logs.filter((line) => line.message === 'worker listening').map((line) => line.pid);
  const searchWorks = async () => {
    const page = await apiOn(server, PERSONAS.mentee).searchMentors({ q: 'Kwame Mensah' });
    assert.equal(page.items[0]?.mentor.id, PERSONAS.mentor);
  };

  it('starts two workers on one port and answers searches', async () => {
    assert.equal(new Set(listeningPids()).size, 2);
    for (let i = 0; i < 6; i++) await searchWorks();
    const ready = await fetch(`${server.url}/ready`);
    assert.deepEqual([ready.status, await ready.json()], [200, { status: 'ready' }]);
  });

  it('replaces a worker that dies, and keeps answering', async () => {
    const [victim] = listeningPids();
    process.kill(Number(victim), 'SIGKILL');
    const exited = await server.waitForLog(
      (line) => line.message === 'worker exited; starting another' && line.pid === victim,
      30_000,
    );
    assert.equal(exited.signal, 'SIGKILL');
    await server.waitForLog(
      (line) =>
        line.message === 'worker listening' && !listeningPids().slice(0, 2).includes(line.pid),
      60_000,
    );
    for (let i = 0; i < 6; i++) await searchWorks();
  });

  it('on SIGTERM finishes a request in flight, then exits 0 and refuses connections', async () => {
    // The body is still being sent when the shutdown starts: the request is in flight.
    let finishBody!: () => void;
    const bodySent = new Promise<void>((resolve) => (finishBody = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const encode = (text: string) => new TextEncoder().encode(text);
        controller.enqueue(encode('{"framework":"REAL","criteria":{"learning":"Reviews"},'));
        await bodySent;
        controller.enqueue(encode('"title":"Finish the quarterly review"}'));
        controller.close();
      },
    });
    const inFlight = fetch(
      `${server.url}/api/v1/mentorships/${FIXTURE_IDS.activeMentorship}/goals`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await signTestToken(PERSONAS.mentee)}`,
        },
        body,
        duplex: 'half',
      } as RequestInit,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = server.stop('SIGTERM');
    await server.waitForLog((line) => line.message === 'shutting down' && 'signal' in line);
    finishBody();
    const response = await inFlight;
    assert.equal(response.status, 201, await response.clone().text());
    assert.equal(await exited, 0, 'a clean shutdown');
    await assert.rejects(fetch(`${server.url}/health`), 'no longer listening');
  });
});
