import { existsSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/content/content-error.js';
import { loadPack } from '../../src/content/load-pack.js';
import type { ContentPack } from '../../src/content/types.js';
import { ABSENT, checkFaqText, fileHash, saveFaq, type FaqInput } from '../../src/hr/faq-file.js';
import { writePack, type TempPack } from '../helpers/pack-builder.js';

let tmp: TempPack | undefined;
afterEach(() => tmp?.remove());

function start(overrides: Record<string, string> = {}): { dir: string; pack: ContentPack } {
  tmp = writePack(overrides);
  const loaded = loadPack(tmp.dir);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatContentError).join('\n'));
  return { dir: tmp.dir, pack: loaded.pack };
}

const PARKING: FaqInput = {
  id: 'parking',
  question: 'Can I park at the Banbury office?',
  variants: ['Is there parking at Banbury?', 'Where do I park: "visitors" or staff?'],
  answer: 'Staff parking at Banbury is in the **Castle Street** car park.\n\n- Permits from reception.',
  sources: ['how-to-respond'],
  updated: '2011-02-10',
};

const faqFiles = (dir: string) => readdirSync(join(dir, 'faq')).sort();
const messages = (result: ReturnType<typeof saveFaq>) => (result.ok ? [] : result.errors.map(formatContentError));

describe('saving an FAQ', () => {
  it('writes a new FAQ that the pack loader reads back exactly', () => {
    const { dir, pack } = start();
    const result = saveFaq({ dir, pack, target: { file: 'faq/parking.md', baseHash: ABSENT }, input: PARKING });
    expect(result).toEqual({ ok: true, file: 'faq/parking.md', created: true });
    expect(readFileSync(join(dir, 'faq/parking.md'), 'utf8')).toBe(`---
id: parking
question: Can I park at the Banbury office?
variants:
  - Is there parking at Banbury?
  - 'Where do I park: "visitors" or staff?'
updated: 2011-02-10
source: how-to-respond
---
Staff parking at Banbury is in the **Castle Street** car park.

- Permits from reception.
`);
    const reloaded = loadPack(dir);
    expect(reloaded.ok && reloaded.pack.faqs.find((f) => f.id === 'parking')).toMatchObject({
      question: PARKING.question,
      variants: PARKING.variants,
      sources: ['how-to-respond'],
      answer: PARKING.answer,
      updated: '2011-02-10',
    });
  });

  it('updates an FAQ in place, keeping HR comments, tags and audience', () => {
    const { dir, pack } = start({
      'faq/redundancy-pay.md': `---
# Checked with payroll, January
id: redundancy-pay
question: How much redundancy pay will I get?
tags: [redundancy]
audience: at-risk
updated: 2011-02-01
source: redundancy
---
Old answer.
`,
    });
    const baseHash = fileHash(dir, 'faq/redundancy-pay.md');
    const result = saveFaq({
      dir,
      pack,
      target: { file: 'faq/redundancy-pay.md', baseHash },
      input: { id: 'redundancy-pay', question: 'How much redundancy pay will I get?', variants: ['What is the package?'], answer: 'New answer.', sources: ['redundancy', 'making-appointments'], updated: '2011-02-10' },
    });
    expect(result).toEqual({ ok: true, file: 'faq/redundancy-pay.md', created: false });
    expect(readFileSync(join(dir, 'faq/redundancy-pay.md'), 'utf8')).toBe(`---
# Checked with payroll, January
id: redundancy-pay
question: How much redundancy pay will I get?
tags: [redundancy]
audience: at-risk
updated: 2011-02-10
source:
  - redundancy
  - making-appointments
variants:
  - What is the package?
---
New answer.
`);
    expect(loadPack(dir).ok).toBe(true);
  });

  it('rejects a source that is not a document section, a bad id, a blank question and a missing answer, writing nothing', () => {
    const { dir, pack } = start();
    const result = saveFaq({ dir, pack, target: { file: 'faq/parking.md', baseHash: ABSENT }, input: { ...PARKING, sources: ['car-parks'] } });
    expect(messages(result)).toEqual(['faq/parking.md line 8: source: "car-parks" is not a section id of consultation/document.md']);
    const badId = saveFaq({ dir, pack, target: { file: 'faq/Parking.md', baseHash: ABSENT }, input: { ...PARKING, id: 'Parking', question: '   ' } });
    expect(messages(badId)).toEqual([
      'faq/Parking.md line 2: id: expected lower-case letters, digits and dashes, e.g. redundancy-pay',
      'faq/Parking.md line 3: question: must not be blank',
    ]);
    const noAnswer = saveFaq({ dir, pack, target: { file: 'faq/parking.md', baseHash: ABSENT }, input: { ...PARKING, answer: '  \n ' } });
    expect(messages(noAnswer)).toEqual(['faq/parking.md line 10: answer: is missing; write the answer in Markdown after the closing ---']);
    expect(faqFiles(dir)).toEqual(['redundancy-pay.md']);
  });

  it('rejects an id another FAQ already uses, naming that file', () => {
    const { dir, pack } = start();
    const result = saveFaq({ dir, pack, target: { file: 'faq/pay.md', baseHash: ABSENT }, input: { ...PARKING, id: 'redundancy-pay' } });
    expect(messages(result)).toEqual(['faq/pay.md line 2: id: FAQ id "redundancy-pay" is already used by faq/redundancy-pay.md; choose another id, or update that FAQ instead']);
    expect(faqFiles(dir)).toEqual(['redundancy-pay.md']);
  });

  it('refuses to overwrite a file that changed since HR opened it: of two saves from the same start, the second loses', () => {
    const { dir, pack } = start();
    const opened = fileHash(dir, 'faq/redundancy-pay.md');
    const input = { ...PARKING, id: 'redundancy-pay', question: 'How much redundancy pay will I get?' };
    const first = saveFaq({ dir, pack, target: { file: 'faq/redundancy-pay.md', baseHash: opened }, input: { ...input, answer: 'First answer.' } });
    const second = saveFaq({ dir, pack, target: { file: 'faq/redundancy-pay.md', baseHash: opened }, input: { ...input, answer: 'Second answer.' } });
    expect(first.ok).toBe(true);
    expect(messages(second)).toEqual([
      'faq/redundancy-pay.md: changed since you opened it: someone else saved it first. Nothing was written; copy your answer, then open it again to see their version.',
    ]);
    expect(readFileSync(join(dir, 'faq/redundancy-pay.md'), 'utf8')).toContain('First answer.');
    // A new FAQ someone else created meanwhile is a change too.
    saveFaq({ dir, pack, target: { file: 'faq/parking.md', baseHash: ABSENT }, input: PARKING });
    expect(messages(saveFaq({ dir, pack, target: { file: 'faq/parking.md', baseHash: ABSENT }, input: PARKING }))[0]).toContain('changed since you opened it');
  });

  it('leaves no file and no partial file when the disk fills up mid-write, and the old FAQ intact on an update', () => {
    const { dir, pack } = start();
    const diskFull = (fd: number, bytes: Uint8Array) => {
      // Half the bytes make it to disk, then the device is full.
      writeSync(fd, bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const created = saveFaq({ dir, pack, target: { file: 'faq/parking.md', baseHash: ABSENT }, input: PARKING, write: diskFull });
    expect(messages(created)).toEqual([
      'faq/parking.md: could not be saved: the disk is full. Nothing was written; whoever runs the bot needs to free some space, then save again.',
    ]);
    const before = readFileSync(join(dir, 'faq/redundancy-pay.md'), 'utf8');
    const updated = saveFaq({
      dir,
      pack,
      target: { file: 'faq/redundancy-pay.md', baseHash: fileHash(dir, 'faq/redundancy-pay.md') },
      input: { ...PARKING, id: 'redundancy-pay' },
      write: diskFull,
    });
    expect(updated.ok).toBe(false);
    expect(readFileSync(join(dir, 'faq/redundancy-pay.md'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'faq'))).toEqual(['redundancy-pay.md']);
    expect(existsSync(join(dir, 'faq/parking.md'))).toBe(false);
  });

  it('only writes inside the faq folder', () => {
    const { dir, pack } = start();
    for (const file of ['consultation/staff.csv', 'faq/../staff.md', 'faq/sub/x.md', 'faq/.hidden.md']) {
      expect(messages(saveFaq({ dir, pack, target: { file, baseHash: ABSENT }, input: PARKING }))).toEqual([
        `${file}: is not a file in the faq folder; an FAQ is saved as faq/<id>.md`,
      ]);
    }
  });
});

describe('checking FAQ text as the loader does', () => {
  it.each([
    ['no front matter', 'Just an answer.\n', 'faq/x.md line 1: must start with a line of three dashes (---) opening the front matter'],
    ['unclosed front matter', '---\nid: x\nquestion: Q?\n', 'faq/x.md line 4: front matter is not closed; add a line of three dashes (---) after it'],
    ['broken YAML', '---\nid: x\nquestion: [unclosed\nupdated: 2011-02-01\n---\nA.\n', 'faq/x.md line 4: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['a misspelt field', '---\nid: x\nquestion: Q?\nupdated: 2011-02-01\nsauce: redundancy\n---\nA.\n', 'faq/x.md line 5: sauce: is not a field here; check the spelling against the README'],
  ])('reports %s exactly', (_what, text, message) => {
    const { dir, pack } = start();
    expect(checkFaqText(text, 'faq/x.md', pack, dir).map(formatContentError)).toContain(message);
  });
});
