import { describe, expect, it } from 'vitest';
import { SAMPLE_PACK_DIR } from '../../src/cli/content-dir.js';
import { formatContentError } from '../../src/content/content-error.js';
import { loadPack } from '../../src/content/load-pack.js';
import { postStatus } from '../../src/status/post-status.js';

describe('the sample pack from the Oxfordshire consultation', () => {
  const result = loadPack(SAMPLE_PACK_DIR);
  if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
  const pack = result.pack;

  it('holds the seed document with its six sections and the posts lists', () => {
    const ids = pack.document.sections.map((s) => s.id);
    for (const id of ['having-your-say', 'making-appointments', 'redundancy', 'temporary-employees', 'ei-posts-for-deletion', 'csc-posts-for-creation']) {
      expect(ids).toContain(id);
    }
    expect(pack.document.sections.filter((s) => s.level === 2).map((s) => s.title)).toHaveLength(6);
  });

  it('has every post of the four published lists, plus continuing posts held by staff', () => {
    const by = (prefix: string) => [...pack.posts.keys()].filter((id) => id.startsWith(prefix)).length;
    expect(by('EI-D-')).toBe(170);
    expect(by('EI-N-')).toBe(64);
    expect(by('CSC-D-')).toBe(17);
    expect(by('CSC-N-')).toBe(17);
    expect([...pack.posts.values()].filter((p) => p.change === 'continuing').length).toBeGreaterThan(0);
  });

  it('has the real dates of the consultation', () => {
    expect(pack.consultation).toMatchObject({ opens: '2011-02-01', closes: '2011-04-04', timeZone: 'Europe/London' });
    const dates = pack.timeline.map((m) => (m.when.kind === 'time' ? m.when.start : m.when.kind === 'date' ? m.when.date : m.when.to));
    for (const d of ['2011-02-16T09:30', '2011-02-16T13:20', '2011-02-17T09:30', '2011-02-17T14:00', '2011-02-21T10:30', '2011-02-15', '2011-04-04', '2011-04-19']) {
      expect(dates).toContain(d);
    }
  });

  it('has at least 30 FAQs, the policy kinds DESIGN.md lists, and 40 fictional staff covering every status', () => {
    expect(pack.faqs.length).toBeGreaterThanOrEqual(30);
    const kinds = pack.policies.map((r) => r.parameters?.kind).filter(Boolean);
    expect(new Set(kinds)).toEqual(new Set(['ring-fence', 'slotting-in', 'redundancy-pay', 'trial-period', 'job-finder', 'disturbance-allowance', 'appointment-order']));
    expect(pack.staff.size).toBeGreaterThanOrEqual(40);
    const statuses = new Set([...pack.staff.values()].map((e) => postStatus(pack, e).kind));
    expect(statuses).toEqual(new Set(['continuing', 'slotted-in', 'ring-fenced', 'at-risk-no-pool', 'pools-not-published']));
    const managers = new Set([...pack.staff.values()].map((e) => e.managerId).filter(Boolean));
    expect(managers.size).toBeGreaterThanOrEqual(3);
  });
});
