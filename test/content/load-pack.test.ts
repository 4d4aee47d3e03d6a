import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/content/content-error.js';
import { loadPack } from '../../src/content/load-pack.js';
import { MINIMAL_PACK, writePack, type TempPack } from '../helpers/pack-builder.js';

let pack: TempPack | undefined;
afterEach(() => pack?.remove());

function errorsFor(overrides: Record<string, string | Uint8Array | null>): string[] {
  pack = writePack(overrides);
  const result = loadPack(pack.dir);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.errors.map(formatContentError);
}

const replace = (file: string, from: string, to: string): Record<string, string> => {
  const original = MINIMAL_PACK[file] ?? '';
  if (!original.includes(from)) throw new Error(`fixture ${file} has no ${from}`);
  return { [file]: original.replace(from, to) };
};

describe('loadPack on a valid pack', () => {
  it('returns a typed, frozen pack', () => {
    pack = writePack();
    const result = loadPack(pack.dir);
    if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
    const p = result.pack;
    expect(p.consultation.timeZone).toBe('Europe/London');
    expect(p.posts.get('OLD-1')).toMatchObject({ tier: 4, gradeBand: { min: 14, max: 14 }, change: 'deleted' });
    expect(p.staff.get('E002')).toMatchObject({ managerId: 'E001', fte: 0.6, slackUserId: null, weeklyPay: 310 });
    expect(p.timeline[1]).toMatchObject({
      when: { kind: 'time', start: '2011-02-16T09:30', end: '2011-02-16T12:00' },
      audience: [{ kind: 'at-risk' }, { kind: 'pool', newPostId: 'NEW-2' }],
      line: 12,
    });
    expect(p.timeline[0]?.reminders).toEqual([
      { label: '7d', minutes: 7 * 24 * 60 },
      { label: '1d', minutes: 24 * 60 },
    ]);
    expect(p.faqs[0]).toMatchObject({ id: 'redundancy-pay', sources: ['redundancy'], audience: [{ kind: 'everyone' }] });
    expect(p.policies[0]?.parameters).toEqual({ kind: 'redundancy-pay', multiplier: 1.5, payBasis: 'actual', weeklyPayCap: null, minimumServiceYears: 2 });
    expect(p.document.sections.map((s) => s.id)).toEqual([
      'consultation', 'having-your-say', 'how-to-respond', 'what-happens-next', 'redundancy', 'making-appointments',
    ]);
    expect(p.document.sections[4]).toMatchObject({ parentId: 'what-happens-next', level: 3, line: 13 });
    expect(Object.isFrozen(p.staff.get('E001'))).toBe(true);
    expect(() => (p.staff as Map<string, unknown>).set('E9', {})).toThrow('immutable');
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const crlf = (MINIMAL_PACK['consultation/staff.csv'] ?? '').replace(/\n/g, '\r\n');
    pack = writePack({
      'consultation/staff.csv': `\uFEFF${crlf}`,
      'consultation/timeline.yaml': `\uFEFF${(MINIMAL_PACK['consultation/timeline.yaml'] ?? '').replace(/\n/g, '\r\n')}`,
      'faq/redundancy-pay.md': (MINIMAL_PACK['faq/redundancy-pay.md'] ?? '').replace(/\n/g, '\r\n'),
    });
    const result = loadPack(pack.dir);
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([]);
    if (result.ok) expect(result.pack.staff.get('E001')?.name).toBe('Alex Carter');
  });
});

describe('loadPack on broken packs names file, line and field', () => {
  const cases: [string, Record<string, string | Uint8Array | null>, string[]][] = [
    [
      'a CSV missing a column',
      { 'consultation/posts.csv': (MINIMAL_PACK['consultation/posts.csv'] ?? '').replace(',change,', ',').replace(/,deleted,|,new,|,continuing,/g, ',') },
      ['consultation/posts.csv line 1: change: column is missing from the header'],
    ],
    [
      'a misspelt CSV column',
      replace('consultation/staff.csv', 'manager_id', 'manger_id'),
      [
        'consultation/staff.csv line 2: manger_id: is not a column of this file; expected columns: employee_id, name, email, post_id, grade, fte, service_start, contract, slack_user_id, manager_id, date_of_birth, weekly_pay',
      ],
    ],
    [
      'a bad date in staff.csv',
      replace('consultation/staff.csv', '2010-01-04', '2010-02-30'),
      ['consultation/staff.csv line 4: service_start: expected a real date written YYYY-MM-DD'],
    ],
    [
      'an unknown post id',
      replace('consultation/staff.csv', 'OLD-4,G8', 'OLD-9,G8'),
      ['consultation/staff.csv line 6: post_id: "OLD-9" is not a post in consultation/posts.csv'],
    ],
    [
      'a manager who is not staff',
      replace('consultation/staff.csv', '0.6,E001', '0.6,E099'),
      ['consultation/staff.csv line 4: manager_id: "E099" is not a staff member'],
    ],
    [
      'a duplicate employee id',
      replace('consultation/staff.csv', 'E004,Kim', 'E003,Kim'),
      ['consultation/staff.csv line 6: employee_id: employee id "E003" is already used (line 5); each must be unique'],
    ],
    [
      'a duplicate post id',
      replace('consultation/posts.csv', 'OLD-4,', 'OLD-3,'),
      [
        'consultation/posts.csv line 5: id: post id "OLD-3" is already used (line 4); each must be unique',
      ],
    ],
    [
      'a ring fence to a post that is not new',
      replace('consultation/ringfences.csv', 'NEW-2,OLD-2', 'OLD-3,OLD-2'),
      ['consultation/ringfences.csv line 3: new_post_id: "OLD-3" is a continuing post; a ring fence is for a new post'],
    ],
    [
      'a row with too many cells',
      replace('consultation/posts.csv', 'Data Officer,', 'Data, Officer,'),
      ['consultation/posts.csv line 5: has 12 cells but the header has 11 columns (id, title, service, tier, grade, pay_scale, grade_band, fte, change, source, note); quote any cell that contains a comma'],
    ],
    [
      'broken YAML',
      replace('consultation/timeline.yaml', '    title: Consultation closes', '    title: [Consultation closes'),
      ['consultation/timeline.yaml line 4: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ],
    [
      'a misspelt YAML field',
      replace('consultation/timeline.yaml', '    place: Town Hall', '    plaice: Town Hall'),
      ['consultation/timeline.yaml line 16: milestones[1].plaice: is not a field here; check the spelling against the README'],
    ],
    [
      'an audience that does not resolve',
      replace('consultation/timeline.yaml', 'pool:NEW-2', 'pool:NEW-1X'),
      ['consultation/timeline.yaml line 17: audience: pool:NEW-1X: "NEW-1X" is not a post in consultation/posts.csv'],
    ],
    [
      'an audience that is not a kind of audience',
      replace('consultation/timeline.yaml', 'at-risk,', 'the-brave,'),
      ['consultation/timeline.yaml line 17: milestones[1].audience'],
    ],
    [
      'a milestone with two dates',
      replace('consultation/timeline.yaml', '    date: 2011-04-04', '    date: 2011-04-04\n    from: 2011-04-01\n    to: 2011-04-04'),
      ['consultation/timeline.yaml line 4: milestones[0].date: give exactly one of: date; at (with optional ends); from and to'],
    ],
    [
      'an empty CSV',
      { 'consultation/ringfences.csv': '' },
      ['consultation/ringfences.csv: is empty; expected a header line with the columns new_post_id, current_post_id, basis, state'],
    ],
    [
      'an empty YAML file',
      { 'consultation/consultation.yaml': '\n' },
      ['consultation/consultation.yaml: is empty; expected the consultation settings (title, organisation, time_zone, ...)'],
    ],
    [
      'an empty FAQ',
      { 'faq/empty.md': '' },
      ['faq/empty.md: is empty; expected front matter between --- lines, then the answer'],
    ],
    [
      'bytes that are not UTF-8',
      { 'consultation/posts.csv': Buffer.concat([Buffer.from('id,title\n'), Buffer.from([0x4f, 0xff, 0xfe, 0x0a])]) },
      ['consultation/posts.csv line 2: is not valid UTF-8 text; save the file as UTF-8'],
    ],
    [
      'a file that is too large',
      { 'consultation/document.md': `# Big\n${'x'.repeat(21 * 1024 * 1024)}\n` },
      ['consultation/document.md: is 21.0 MB; a pack file may be at most 20 MB'],
    ],
    [
      'a missing file',
      { 'consultation/staff.csv': null },
      ['consultation/staff.csv: is missing'],
    ],
    [
      'a FAQ source that is not a section',
      replace('faq/redundancy-pay.md', 'source: redundancy', 'source: redundnacy'),
      ['faq/redundancy-pay.md line 8: source: "redundnacy" is not a section id of consultation/document.md'],
    ],
    [
      'FAQ front matter that is not closed',
      { 'faq/redundancy-pay.md': '---\nid: x\nquestion: Why?\n' },
      ['faq/redundancy-pay.md line 4: front matter is not closed; add a line of three dashes (---) after it'],
    ],
    [
      'a policy with a parameter of the wrong type',
      replace('policies/redundancy.yaml', 'multiplier: 1.5', 'multiplier: one and a half'),
      ['policies/redundancy.yaml line 8: rules[0].parameters.multiplier: expected a multiplier such as 1.5, found "one and a half"'],
    ],
    [
      'a policy of an unknown kind',
      replace('policies/redundancy.yaml', 'kind: ring-fence', 'kind: ring-fences'),
      ['policies/redundancy.yaml line 16: rules[1].parameters.kind: expected kind to be one of: ring-fence, slotting-in, redundancy-pay, trial-period, job-finder, disturbance-allowance, appointment-order'],
    ],
    [
      'two sections with the same id',
      replace('consultation/document.md', '### Making appointments', '### Redundancy'),
      ['consultation/document.md line 17: heading id: "redundancy" is already the id of the section on line 13; give this heading its own id with {#some-id}'],
    ],
    [
      'a bad time zone',
      replace('consultation/consultation.yaml', 'Europe/London', 'London'),
      ['consultation/consultation.yaml line 3: time_zone: expected an IANA time zone such as Europe/London'],
    ],
  ];

  it.each(cases)('%s', (_name, overrides, expected) => {
    const errors = errorsFor(overrides);
    for (const message of expected) {
      expect(errors.some((e) => e.startsWith(message)), `${message}\nnot in:\n${errors.join('\n')}`).toBe(true);
    }
  });

  it('reports the problems of every file in one run', () => {
    const errors = errorsFor({
      ...replace('consultation/staff.csv', '2010-01-04', 'soon'),
      ...replace('consultation/timeline.yaml', 'status: confirmed', 'status: maybe'),
      ...replace('policies/redundancy.yaml', 'weeks', 'weeks'),
      'faq/broken.md': '---\nid: [\n---\nAnswer\n',
    });
    expect(errors).toEqual([
      'consultation/staff.csv line 4: service_start: expected a real date written YYYY-MM-DD',
      'consultation/timeline.yaml line 10: milestones[0].status: expected confirmed or provisional',
      expect.stringMatching(/^faq\/broken\.md line \d: is not valid YAML/),
    ]);
  });

  it('reports a manager loop on the people in it', () => {
    const errors = errorsFor(replace('consultation/staff.csv', 'G14,1,,', 'G14,1,E002,'));
    expect(errors).toContain('consultation/staff.csv line 3: manager_id: leads round in a circle back to this person; check the line managers');
    expect(errors).toContain('consultation/staff.csv line 4: manager_id: leads round in a circle back to this person; check the line managers');
  });
});
