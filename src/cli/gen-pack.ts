import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkOptions, generatePack, scaledOptions, type GenPackOptions } from '../bench/gen-pack.js';
import { writePackFiles } from '../bench/write-pack.js';

const USAGE = 'usage: npm run -s gen-pack -- --out DIR [--staff N] [--posts N] [--faqs N] [--doc-mb N] [--seed N] [--force]';

/**
 * `npm run -s gen-pack -- --staff 20000 --out DIR`: a synthetic pack for load tests and
 * `npm run bench`. Posts, FAQs and document size scale from --staff unless given. With
 * --force it replaces the consultation/, faq/ and policies/ folders of a non-empty --out.
 */
function main(argv: readonly string[]): number {
  let options: GenPackOptions;
  let out: string;
  let force: boolean;
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        out: { type: 'string' },
        staff: { type: 'string', default: '20000' },
        posts: { type: 'string' },
        faqs: { type: 'string' },
        'doc-mb': { type: 'string' },
        seed: { type: 'string', default: '1' },
        force: { type: 'boolean', default: false },
      },
    });
    if (!values.out) throw new Error('--out DIR is required');
    out = resolve(values.out);
    force = values.force;
    const number = (flag: string, text: string) => {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) throw new Error(`--${flag} expects a number, found ${JSON.stringify(text)}`);
      return n;
    };
    const scaled = scaledOptions(number('staff', values.staff), number('seed', values.seed));
    options = {
      ...scaled,
      ...(values.posts === undefined ? {} : { posts: number('posts', values.posts) }),
      ...(values.faqs === undefined ? {} : { faqs: number('faqs', values.faqs) }),
      ...(values['doc-mb'] === undefined ? {} : { docBytes: Math.round(number('doc-mb', values['doc-mb']) * 1024 * 1024) }),
    };
    const problem = checkOptions(options);
    if (problem !== null) throw new Error(problem);
  } catch (error) {
    console.error(`gen-pack: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }

  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) {
      console.error(`gen-pack: ${out} is a file, not a folder`);
      return 2;
    }
    // A pack folder may be someone's real pack: only replace what is there when told to.
    if (readdirSync(out).length > 0 && !force) {
      console.error(`gen-pack: ${out} is not empty; choose an empty folder, or add --force to write over it`);
      return 2;
    }
    // Replaced whole, so no FAQ from an earlier, larger pack is left behind.
    for (const folder of ['consultation', 'faq', 'policies']) rmSync(join(out, folder), { recursive: true, force: true });
  }
  const files = generatePack(options);
  writePackFiles(out, files);
  const bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(
    `Wrote ${files.size} files (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${out}: ${options.staff} staff, ${options.posts} posts, ${options.faqs} FAQs, ` +
      `a ${(options.docBytes / 1024 / 1024).toFixed(2)} MB document, seed ${options.seed}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
