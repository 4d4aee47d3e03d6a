import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** How `npm start` runs the bot once built: node, its flags, and the compiled entry point. */
export interface StartCommand {
  readonly nodeFlags: readonly string[];
  /** The entry point, relative to the repository root. */
  readonly entry: string;
}

/** The repository, where package.json, tsx and the build live, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `npm run -s build && node [flags] dist/main.js`: the one shape the bench knows how to reproduce. */
const SHAPE = /^npm run -s build && node((?: --[a-z-]+(?:=\S+)?)*) (\S+\.js)$/;

/**
 * Reads the start script from package.json, so the bench measures the bot exactly as
 * `npm start` runs it (its V8 flags decide its memory), and fails loudly if the script
 * changes shape rather than measuring something else.
 */
export function parseStartScript(script: string): StartCommand {
  const match = SHAPE.exec(script.trim());
  if (match === null) throw new Error(`package.json's start script is not "npm run -s build && node [flags] ENTRY.js", so the bench cannot run the bot as it is deployed: ${script}`);
  const flags = match[1] ?? '';
  return { nodeFlags: flags.split(' ').filter((flag) => flag !== ''), entry: match[2] ?? '' };
}

const Manifest = z.object({ scripts: z.object({ start: z.string() }) });

export function startCommand(): StartCommand {
  const manifest = Manifest.parse(JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')));
  return parseStartScript(manifest.scripts.start);
}

/** `npm run build`, without npm: compiles src/ to dist/ the way the start script does first. */
export function buildForStart(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // tsc reports on stdout; without it the error says only that the command failed.
    const output = typeof error === 'object' && error !== null && 'stdout' in error ? String(error.stdout) : '';
    throw new Error(`the build for npm start failed: ${output.trim() || String(error)}`);
  }
}

export const repoPath = (relativePath: string): string => `${REPO_ROOT}${relativePath}`;
