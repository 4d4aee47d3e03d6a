import { describe, expect, it } from 'vitest';
import { parseStartScript, startCommand } from '../../src/bench/start-command.js';

describe('the start script, as the bench reproduces it', () => {
  it('takes node\'s flags and the entry point from a build-then-run script', () => {
    expect(parseStartScript('npm run -s build && node --heap-growing-percent=20 --max-semi-space-size=8 dist/main.js')).toEqual({
      nodeFlags: ['--heap-growing-percent=20', '--max-semi-space-size=8'],
      entry: 'dist/main.js',
    });
    expect(parseStartScript('npm run -s build && node dist/main.js')).toEqual({ nodeFlags: [], entry: 'dist/main.js' });
  });

  it('refuses a script of another shape rather than measuring something else', () => {
    expect(() => parseStartScript('tsx src/main.ts')).toThrow(/cannot run the bot as it is deployed/);
    expect(() => parseStartScript('npm run -s build && node dist/main.js --port 3000')).toThrow(/start script/);
  });

  it('reads the repository\'s own start script', () => {
    expect(startCommand().entry).toBe('dist/main.js');
  });
});
