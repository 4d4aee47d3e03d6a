import { fileURLToPath } from 'node:url';

/** The sample pack shipped in this repository: its root folder. */
export const SAMPLE_PACK_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** `--content DIR`, else CONTENT_DIR, else the sample pack. */
export function contentDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag || env['CONTENT_DIR'] || SAMPLE_PACK_DIR;
}
