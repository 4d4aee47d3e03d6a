import type { Employee, Post } from '../content/types.js';
import { round2 } from './gen-shared.js';
import type { Random } from './random.js';
import { FIRST_NAMES, SURNAMES } from './vocabulary.js';

/** `E00042`: padded to the staff count's width, so ids sort in staff order. */
export function employeeId(index: number, staffCount: number): string {
  return `E${String(index + 1).padStart(Math.max(3, String(staffCount).length), '0')}`;
}

/** A person for each tree node: names, contact details, dates and pay, drawn from the seed. */
export function createPeople(r: Random, options: { readonly staff: number; readonly opens: string }): (index: number, post: Post, managerId: string | null) => Employee {
  const emails = new Map<string, number>();
  const opensYear = Number(options.opens.slice(0, 4));
  return (index, post, managerId) => {
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(SURNAMES);
    const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    const n = (emails.get(local) ?? 0) + 1;
    emails.set(local, n);
    const fte = r.weighted<number>([
      [1, 0.72],
      [0.8, 0.08],
      [0.6, 0.08],
      [0.5, 0.07],
      [0.4, 0.05],
    ]);
    const birthYear = r.int(opensYear - 64, opensYear - 20);
    const dateOfBirth = isoDate(birthYear, r.int(1, 12), r.int(1, 28));
    // About one in sixteen started within the last two years, below the redundancy pay minimum.
    const startYear = r.chance(0.06) ? opensYear - r.int(0, 1) : r.int(Math.max(birthYear + 18, opensYear - 40), opensYear - 2);
    const serviceStart = startYear >= opensYear ? isoDate(opensYear, 1, r.int(1, 28)) : isoDate(startYear, r.int(1, 12), r.int(1, 28));
    return {
      id: employeeId(index, options.staff),
      name: `${first} ${last}`,
      email: `${local}${n > 1 ? n : ''}@example.org`,
      slackUserId: r.chance(0.7) ? `U${(0x1000000 + index).toString(36).toUpperCase().padStart(8, '0')}` : null,
      postId: post.id,
      grade: post.grade,
      fte,
      managerId,
      serviceStart,
      contract: r.weighted<Employee['contract']>([
        ['permanent', 0.88],
        ['fixed-term', 0.08],
        ['covering', 0.04],
      ]),
      dateOfBirth: r.chance(0.9) ? dateOfBirth : null,
      weeklyPay: r.chance(0.9) ? round2(weeklyPay(post) * fte) : null,
    };
  };
}

function weeklyPay(post: Post): number {
  const band = post.gradeBand?.min ?? 10;
  const annual = post.payScale === 'Soulbury' ? 38_000 + band * 1_500 : post.payScale === 'JNC' ? 20_000 + (band - 12) * 800 : 15_000 + band * 2_300;
  return annual / 52;
}


function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
