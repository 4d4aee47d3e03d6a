import { describe, expect, it } from 'vitest';
import { memoryRow } from '../../src/bench/slack-e2e.js';

const run = (startedHwm: number, endedHwm: number, endedRss: number) => ({
  started: { rssMb: startedHwm, hwmMb: startedHwm },
  ended: { rssMb: endedRss, hwmMb: endedHwm },
});

describe('memoryRow', () => {
  it('gives the median bot\'s peak and every bot\'s, so one bot\'s garbage collection does not decide the figure', () => {
    const row = memoryRow([run(202, 469, 399), run(202, 302, 301), run(204, 457, 405)], '20,000-staff pack');
    expect(row?.value).toBe(457);
    expect(row?.figure).toBe('peak RSS of the bot process serving Slack, 20,000-staff pack (VmHWM, median of 3)');
    expect(row?.note).toBe(
      'the bot as npm start runs it, with Bolt, the store and the reminder scheduler; 3 fresh bots peaked at 469, 302, 457 MB (3 over 200 MB); medians: 202 MB peak once listening, 399 MB resident at the end',
    );
  });

  it('gives no row where the kernel reports no memory', () => {
    expect(memoryRow([{ started: null, ended: null }], 'pack')).toBeNull();
  });
});
