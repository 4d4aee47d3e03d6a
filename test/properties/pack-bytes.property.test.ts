import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/content/load-pack.js';
import { MINIMAL_PACK, writePack } from '../helpers/pack-builder.js';

const FILES = Object.keys(MINIMAL_PACK);
const pack = writePack();
afterAll(() => pack.remove());

/** Random edits of a real file are nastier than random bytes alone: most of the file stays valid. */
const mangled = (original: string) =>
  fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.string({ maxLength: 400 }).map((s) => new TextEncoder().encode(s)),
    fc
      .tuple(fc.nat(original.length), fc.nat(40), fc.uint8Array({ maxLength: 40 }))
      .map(([at, cut, insert]) => {
        const bytes = new TextEncoder().encode(original);
        return new Uint8Array([...bytes.slice(0, at), ...insert, ...bytes.slice(Math.min(bytes.length, at + cut))]);
      }),
  );

describe('any bytes in any pack file', () => {
  it('give a pack or content errors that name the file and a real line, never an exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILES).chain((file) => fc.tuple(fc.constant(file), mangled(MINIMAL_PACK[file] ?? ''))),
        ([file, bytes]) => {
          pack.write(file, bytes);
          try {
            const result = loadPack(pack.dir);
            if (result.ok) return;
            const lines = Buffer.from(bytes).toString('utf8').split(/\r\n|\r|\n/).length;
            for (const error of result.errors) {
              expect(error.file).toMatch(/^(consultation|faq|policies)\//);
              expect(error.message.length).toBeGreaterThan(0);
              if (error.file === file && error.line !== null) {
                expect(Number.isInteger(error.line)).toBe(true);
                expect(error.line).toBeGreaterThanOrEqual(1);
                expect(error.line).toBeLessThanOrEqual(lines + 1);
              }
            }
          } finally {
            pack.write(file, MINIMAL_PACK[file] ?? '');
          }
        },
      ),
      { numRuns: 300, seed: 20110201 },
    );
  });
});
