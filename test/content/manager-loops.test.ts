import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/content/content-error.js';
import { loadPack } from '../../src/content/load-pack.js';
import { writePack, type TempPack } from '../helpers/pack-builder.js';

let pack: TempPack | undefined;
afterEach(() => pack?.remove());

const HEADER = 'employee_id,name,email,slack_user_id,post_id,grade,fte,manager_id,service_start,contract,date_of_birth,weekly_pay';
const person = (id: string, manager: string) => `${id},P ${id},${id.toLowerCase()}@example.org,,OLD-1,G14,1,${manager},2001-05-01,permanent,,`;

function staffErrors(rows: readonly string[]): string[] {
  pack = writePack({ 'consultation/staff.csv': [HEADER, ...rows, ''].join('\n') });
  const result = loadPack(pack.dir);
  if (result.ok) return [];
  return result.errors.map(formatContentError).filter((e) => e.startsWith('consultation/staff.csv'));
}

const LOOP = 'manager_id: leads round in a circle back to this person; check the line managers';

describe('manager loops', () => {
  it('are reported on each person in the loop, not on people whose chain only runs into it', () => {
    const errors = staffErrors([person('E001', ''), person('E002', 'E004'), person('E003', 'E002'), person('E004', 'E003'), person('E005', 'E002'), person('E006', 'E006')]);
    expect(errors).toEqual([
      `consultation/staff.csv line 3: ${LOOP}`,
      `consultation/staff.csv line 4: ${LOOP}`,
      `consultation/staff.csv line 5: ${LOOP}`,
      'consultation/staff.csv line 7: manager_id: is the person themself',
      `consultation/staff.csv line 7: ${LOOP}`,
    ]);
  });

  it('follow each row of a repeated id along its own manager', () => {
    // The pack keeps the last E002 row (managed by E001), so only the first E002 row's own
    // chain, E002 -> E003 -> E002, comes back round.
    const errors = staffErrors([person('E001', ''), person('E002', 'E003'), person('E003', 'E002'), person('E002', 'E001').replace('e002@', 'e002b@')]);
    expect(errors).toEqual([
      `consultation/staff.csv line 3: ${LOOP}`,
      'consultation/staff.csv line 5: employee_id: employee id "E002" is already used (line 3); each must be unique',
    ]);
  });
});
