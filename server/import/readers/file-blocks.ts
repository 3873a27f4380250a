/**
 * Synchronous, buffered reading of files: exact byte counts for the binary formats (.shp,
 * .dbf) read record by record, and decoded text chunks for the text formats. Synchronous on
 * purpose: an import's commit is one SQLite transaction, which cannot span an `await`, so
 * the rows are read inside it (on the import worker thread, so the server stays responsive).
 */
import { closeSync, openSync, readSync } from 'node:fs';

const BLOCK = 1 << 20;

export class BlockReader {
  private buffer = Buffer.alloc(0);
  private filePos: number;
  private eof = false;
  private readonly fd: number;

  /** Opens `path` for reading from byte `start`. */
  constructor(path: string, start = 0) {
    this.fd = openSync(path, 'r');
    this.filePos = start;
  }

  /** The next `n` bytes, or fewer (possibly none) at the end of the file. */
  read(n: number): Buffer {
    while (this.buffer.length < n && !this.eof) {
      const chunk = Buffer.alloc(Math.max(BLOCK, n));
      const bytesRead = readSync(this.fd, chunk, 0, chunk.length, this.filePos);
      if (bytesRead === 0) this.eof = true;
      this.filePos += bytesRead;
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
    }
    const out = this.buffer.subarray(0, Math.min(n, this.buffer.length));
    this.buffer = this.buffer.subarray(out.length);
    return out;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** The bytes `[start, start + length)` of a file (fewer at its end). */
export function readRange(path: string, start: number, length: number): Buffer {
  const r = new BlockReader(path, start);
  try {
    return r.read(length);
  } finally {
    r.close();
  }
}

/** The decoded text of a file, chunk by chunk; multi-byte characters split across chunks are joined. */
export function* textChunks(path: string, encoding: string): Generator<string> {
  const r = new BlockReader(path);
  const decoder = new TextDecoder(encoding);
  try {
    for (;;) {
      const bytes = r.read(BLOCK);
      if (bytes.length === 0) break;
      const text = decoder.decode(bytes, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    r.close();
  }
}
