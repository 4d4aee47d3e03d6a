import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { contentError } from './content-error.js';
import type { ContentError } from './types.js';

/**
 * Pack files are edited by hand on many machines: accept a byte-order mark and CRLF, but
 * refuse bytes that are not UTF-8 rather than show staff mangled text.
 */
export const MAX_PACK_FILE_BYTES = 20 * 1024 * 1024;

export type TextResult = { ok: true; text: string } | { ok: false; error: ContentError };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function readPackText(absolutePath: string, file: string): TextResult {
  // One open file for the size check and the read: a 1,000-FAQ pack is 1,000 files, and
  // looking each path up twice (stat, then read) was a tenth of reading them.
  let fd: number;
  try {
    fd = openSync(absolutePath, 'r');
  } catch {
    // A file that cannot be opened is looked at by path, so its message says why (missing, too large, unreadable).
    return readChecked(file, () => statSync(absolutePath).size, () => readFileSync(absolutePath));
  }
  try {
    return readChecked(file, () => fstatSync(fd).size, () => readFileSync(fd));
  } finally {
    closeSync(fd);
  }
}

/** The size check, the read and the decoding, each failure said the way HR will read it. */
function readChecked(file: string, sizeOf: () => number, read: () => Buffer): TextResult {
  let bytes: Buffer;
  try {
    const size = sizeOf();
    if (size > MAX_PACK_FILE_BYTES) {
      return fail(file, null, `is ${(size / 1024 / 1024).toFixed(1)} MB; a pack file may be at most ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB`);
    }
    bytes = read();
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return fail(file, null, code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? 'unknown error'})`);
  }
  return decodePackText(bytes, file);
}

export function decodePackText(bytes: Uint8Array, file: string): TextResult {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const line = lineOfFirstBadByte(bytes);
    return fail(file, line, 'is not valid UTF-8 text; save the file as UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Most files have no carriage return: looking is cheaper than a replace that finds none.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\u0000')) {
    const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
    return fail(file, line, 'contains a NUL byte; is this a binary file?');
  }
  return { ok: true, text };
}

function fail(file: string, line: number | null, message: string): TextResult {
  return { ok: false, error: contentError(file, line, null, message) };
}

/** Finds the line of the first invalid UTF-8 sequence by decoding a growing prefix, line by line. */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strictUtf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
