import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A small, valid pack written to a temp folder. Tests replace one file at a time to
 * see exactly how the loader reports a problem in it.
 */
export const MINIMAL_PACK: Readonly<Record<string, string>> = {
  'consultation/consultation.yaml': `title: Test consultation
organisation: Test Council
time_zone: Europe/London
opens: 2011-02-01
closes: 2011-04-04
hr_contacts:
  - name: Pat Jones
    role: HR Business Partner
    phone: "01865 000000"
respond:
  email: feedback@example.org
  ways: [at a briefing session]
  source: how-to-respond
feedback:
  anonymous: true
  source: how-to-respond
`,
  'consultation/document.md': `# Test consultation {#consultation}

Intro text.

## Having your say {#having-your-say}

### How to respond {#how-to-respond}

Email feedback@example.org by 4 April.

## What happens next

### Redundancy

The Council pays one and a half times statutory weeks on actual pay.

### Making appointments

Ring fences normally include posts on the same grade or one grade either side.
`,
  'consultation/posts.csv': `id,title,service,tier,grade,pay_scale,grade_band,fte,change,source,note
OLD-1,Team Manager,Early Help,4,G14,NJC,14,2,deleted,making-appointments,
OLD-2,Youth Worker,Early Help,,G9,NJC,9,3,deleted,making-appointments,
OLD-3,Social Worker,Social Care,,G11,NJC,11,10,continuing,making-appointments,
OLD-4,Data Officer,Early Help,,G8,NJC,8,1,deleted,making-appointments,
NEW-1,Hub Manager,Early Help,4,G15,NJC,15,1,new,making-appointments,
NEW-2,Hub Worker,Early Help,6,G9,NJC,9,5,new,making-appointments,
`,
  'consultation/ringfences.csv': `new_post_id,current_post_id,basis,state,note
NEW-1,OLD-1,ring-fence,provisional,
NEW-2,OLD-2,ring-fence,published,
`,
  'consultation/staff.csv': `# Every person in this file is fictional.
employee_id,name,email,slack_user_id,post_id,grade,fte,manager_id,service_start,contract,date_of_birth,weekly_pay
E001,Alex Carter,alex.carter@example.org,U0000001,OLD-1,G14,1,,2001-05-01,permanent,1968-03-02,820
E002,Sam Patel,sam.patel@example.org,,OLD-2,G9,0.6,E001,2010-01-04,permanent,1985-07-19,310
E003,Jo Smith,jo.smith@example.org,U0000003,OLD-3,G11,1,E001,2005-09-01,fixed-term,,
E004,Kim Lee,kim.lee@example.org,,OLD-4,G8,1,E001,2008-09-01,permanent,1980-01-01,400
`,
  'consultation/timeline.yaml': `milestones:
  - id: consultation-closes
    title: Consultation closes
    date: 2011-04-04
    audience: everyone
    action:
      id: send-views
      text: Send your views
    reminders: [7d, 1d]
    status: confirmed
    source: how-to-respond
  - id: briefing
    title: Briefing session
    at: 2011-02-16 09:30
    ends: 2011-02-16 12:00
    place: Town Hall
    audience: [at-risk, pool:NEW-2]
    status: provisional
    source: having-your-say
`,
  'faq/redundancy-pay.md': `---
id: redundancy-pay
question: How much redundancy pay will I get?
variants:
  - What is the redundancy package?
tags: [redundancy]
updated: 2011-02-01
source: redundancy
---
One and a half times the statutory weeks, on actual pay.
`,
  'policies/redundancy.yaml': `rules:
  - id: redundancy-pay
    title: Redundancy pay
    text: One and a half times statutory weeks on actual pay; two years' service needed.
    source: redundancy
    parameters:
      kind: redundancy-pay
      multiplier: 1.5
      pay_basis: actual
      minimum_service_years: 2
  - id: ring-fence
    title: Ring fences
    text: Same grade or one grade either side.
    source: [making-appointments]
    parameters:
      kind: ring-fence
      grades_either_side: 1
      duty_share: 0.8
`,
};

export interface TempPack {
  readonly dir: string;
  write(file: string, content: string | Uint8Array): void;
  remove(): void;
}

export function writePack(overrides: Readonly<Record<string, string | Uint8Array | null>> = {}): TempPack {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  const write = (file: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
  const files: Record<string, string | Uint8Array | null> = { ...MINIMAL_PACK, ...overrides };
  for (const [file, content] of Object.entries(files)) if (content !== null) write(file, content);
  mkdirSync(join(dir, 'faq'), { recursive: true });
  mkdirSync(join(dir, 'policies'), { recursive: true });
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
