// The benchmark's HTTP response reader: whole answers however the bytes are split, so the load
// generator counts every answer once and with its status.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseReader } from '../../scripts/bench-server/response.js';

/** Feeds `text` to a reader in pieces of `size` bytes; gives the statuses read, in order. */
function readInPieces(text: string, size: number): number[] {
  const statuses: number[] = [];
  const reader = new ResponseReader((status) => statuses.push(status));
  const bytes = Buffer.from(text, 'latin1');
  for (let at = 0; at < bytes.length; at += size) reader.read(bytes.subarray(at, at + size));
  return statuses;
}

const withLength = (status: number, body: string) =>
  `HTTP/1.1 ${status} X\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
const chunked = (status: number, parts: string[]) =>
  `HTTP/1.1 ${status} X\r\nTransfer-Encoding: chunked\r\n\r\n${parts
    .map((part) => `${part.length.toString(16)}\r\n${part}\r\n`)
    .join('')}0\r\n\r\n`;

describe('ResponseReader', () => {
  it('reads Content-Length answers one after another, split anywhere', () => {
    const text = withLength(200, '{"items":[]}') + withLength(404, '{"title":"Not found"}');
    for (const size of [1, 3, 7, 64, text.length])
      assert.deepEqual(readInPieces(text, size), [200, 404], `pieces of ${size}`);
  });

  it('reads chunked answers, including chunks that hold CRLF and "0"', () => {
    const text = chunked(200, ['0\r\n\r\n', 'x'.repeat(300)]) + withLength(201, 'ok');
    for (const size of [1, 5, 100, text.length])
      assert.deepEqual(readInPieces(text, size), [200, 201], `pieces of ${size}`);
  });

  it('does not count an answer before its last body byte', () => {
    const text = withLength(200, 'abcdef');
    assert.deepEqual(readInPieces(text.slice(0, -1), 4), []);
  });

  it('reads 204 answers without a body', () => {
    assert.deepEqual(
      readInPieces('HTTP/1.1 204 No Content\r\n\r\n' + withLength(200, ''), 2),
      [204, 200],
    );
  });

  it('fails on an answer whose end it cannot tell', () => {
    assert.throws(() =>
      new ResponseReader(() => {}).read(Buffer.from('HTTP/1.1 200 OK\r\n\r\nabc')),
    );
  });
});
