/**
 * Reads ZIP archives (zipped Shapefiles, XLSX workbooks) through their central directory,
 * so archives written by streaming tools (sizes in data descriptors) read as well as any.
 * Entries are inflated as streams straight to disk with their CRC checked: a 1 GB archive
 * never sits in memory. Entry names are UTF-8 when flagged, else tried as UTF-8 and then as
 * GB18030, which is what Chinese Windows writes.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32 } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function decodeName(bytes: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return bytes.toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The entries of the archive at `path`. Throws with a plain message when it is not a ZIP or uses ZIP64. */
export async function readZipEntries(path: string): Promise<ZipEntry[]> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    await fh.read(tail, 0, tailLength, size - tailLength);
    let at = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new Error('not a ZIP archive (no end-of-central-directory record); is the file complete?');
    const count = tail.readUInt16LE(at + 10);
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    if (dirOffset === 0xffffffff || count === 0xffff) throw new Error('ZIP64 archives are not supported; zip the files again without ZIP64 (under 4 GB)');
    const dir = Buffer.alloc(dirSize);
    await fh.read(dir, 0, dirSize, dirOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (dir.readUInt32LE(p) !== CENTRAL) throw new Error('the ZIP central directory is damaged');
      const flags = dir.readUInt16LE(p + 8);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      entries.push({
        name: decodeName(dir.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0),
        method: dir.readUInt16LE(p + 10),
        crc: dir.readUInt32LE(p + 16),
        compressedSize: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        localHeaderOffset: dir.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** Writes `entry` of the archive at `path` to `dest`, inflating it and checking its CRC-32. */
export async function extractZipEntry(path: string, entry: ZipEntry, dest: string): Promise<void> {
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`${entry.name} is compressed with method ${entry.method}; only stored and deflated entries can be read`);
  const fh = await open(path, 'r');
  const header = Buffer.alloc(30);
  try {
    await fh.read(header, 0, 30, entry.localHeaderOffset);
  } finally {
    await fh.close();
  }
  if (header.readUInt32LE(0) !== LOCAL) throw new Error(`the ZIP entry ${entry.name} is damaged`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  let crc = 0;
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
      crc = crc32(chunk, crc);
      done(null, chunk);
    },
  });
  const source = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  if (entry.compressedSize === 0) {
    await pipeline(source, check, createWriteStream(dest));
  } else if (entry.method === 8) {
    await pipeline(source, createInflateRaw(), check, createWriteStream(dest));
  } else {
    await pipeline(source, check, createWriteStream(dest));
  }
  if (crc >>> 0 !== entry.crc >>> 0) throw new Error(`the ZIP entry ${entry.name} is corrupt (CRC mismatch)`);
}
