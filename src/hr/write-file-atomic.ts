import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes all of `bytes` to an open file. Tests pass one that fails part way, as a full disk does. */
export type WriteBytes = (fd: number, bytes: Uint8Array) => void;

export const writeAllBytes: WriteBytes = (fd, bytes) => {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
};

/**
 * Replaces `path` with `text` so that a reader (the pack watcher, a reload, a crash and
 * restart) sees the old file or the new one, never half of one: the text goes to a
 * temporary file in the same folder (a rename is only atomic within one file system),
 * is flushed to disk, then renamed over the target. On any failure the temporary file is
 * removed and the target is untouched. The temporary name starts with a dot and ends in
 * `.tmp`, which the pack loader never reads.
 */
export function writeFileAtomic(path: string, text: string, write: WriteBytes = writeAllBytes): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o644);
    write(fd, Buffer.from(text, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // Already failing; the first error is the one to report.
      }
    }
    rmSync(temp, { force: true });
    throw error;
  }
  // The rename itself is durable once the folder is flushed. Not every platform lets a
  // folder be opened for that, and the file is already complete, so this is best effort.
  try {
    const dirFd = openSync(dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // See above.
  }
}
