// Reads HTTP/1.1 responses off a keep-alive socket for the load generator (load.ts), as cheaply as
// it can: the head is scanned for the status and how the body ends (Content-Length or chunked),
// then body bytes are counted and dropped.

type Mode = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'trailer';

export class ResponseReader {
  #pending: Buffer = Buffer.alloc(0);
  #mode: Mode = 'head';
  #status = 0;
  /** Body bytes still to come: of the whole body, or of the chunk with its CRLF. */
  #remaining = 0;

  /** `onAnswer` gets each answer's status code once its last byte has been read. */
  constructor(private readonly onAnswer: (status: number) => void) {}

  /** Takes the next bytes. */
  read(chunk: Buffer): void {
    const bytes = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
    let at = 0;
    for (;;) {
      if (this.#mode === 'head') {
        const end = bytes.indexOf('\r\n\r\n', at, 'latin1');
        if (end < 0) break;
        const head = bytes.toString('latin1', at, end);
        at = end + 4;
        this.#status = Number(head.slice(9, 12));
        const length = /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
        if (/\r\ntransfer-encoding:[^\r]*chunked/i.test(head)) this.#mode = 'chunk-size';
        else if (length) [this.#mode, this.#remaining] = ['length', Number(length[1])];
        else if (this.#status === 204 || this.#status === 304) this.#done();
        else throw new Error(`a ${this.#status} answer without Content-Length or chunks`);
      } else if (this.#mode === 'length' || this.#mode === 'chunk-data') {
        const taken = Math.min(this.#remaining, bytes.length - at);
        at += taken;
        this.#remaining -= taken;
        if (this.#remaining > 0) break;
        if (this.#mode === 'length') this.#done();
        else this.#mode = 'chunk-size';
      } else {
        const end = bytes.indexOf('\r\n', at, 'latin1');
        if (end < 0) break;
        const line = bytes.toString('latin1', at, end);
        at = end + 2;
        if (this.#mode === 'trailer') {
          if (line === '') this.#done();
        } else {
          const size = Number.parseInt(line, 16);
          if (Number.isNaN(size)) throw new Error(`a chunk size that is not hexadecimal: ${line}`);
          if (size === 0) this.#mode = 'trailer';
          else [this.#mode, this.#remaining] = ['chunk-data', size + 2];
        }
      }
    }
    this.#pending = bytes.subarray(at);
  }

  /** The answer's last byte was read: the next bytes start the next answer. */
  #done(): void {
    this.#mode = 'head';
    this.onAnswer(this.#status);
  }
}
