import type { ContentPack, Employee, PolicyRule } from '../content/types.js';
import { assertNever } from '../assert-never.js';
import { parsePayFacts } from '../status/pay-facts.js';
import { estimateRedundancyPay, findRedundancyPolicy, type PayFact } from '../status/redundancy-pay.js';
import { formatDate, instantToZoned } from '../time/zoned.js';
import { hrContactsText } from './hr-contacts.js';
import type { Source } from './reply.js';
import { dataSource, policySource, sectionSource, uniqueSources } from './sources.js';

const pounds = (n: number) => `£${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const weeksText = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2).replace(/0$/, '')} ${n === 1 ? 'week' : 'weeks'}`;

const FACT_WORDS: Record<PayFact, string> = {
  age: 'your age',
  service: 'your complete years of continuous service',
  weeklyPay: 'your gross weekly pay',
};

/**
 * A redundancy pay estimate from what the person tells us, else from their record. Always
 * labelled an estimate: HR gives the real calculation. Facts typed in the question win over
 * the record, so a person can ask "what if".
 */
export function answerPay(pack: ContentPack, employee: Employee | null, question: string, now: Date): { text: string; sources: Source[] } {
  const given = parsePayFacts(question);
  const on = instantToZoned(now, pack.consultation.timeZone).date;
  const policy = findRedundancyPolicy(pack.policies);
  const rule: PolicyRule | undefined = policy ? pack.policies.find((r) => r.id === policy.id) : undefined;
  const estimate = estimateRedundancyPay({
    on,
    policy,
    age: given.age ?? null,
    dateOfBirth: given.age === undefined ? (employee?.dateOfBirth ?? null) : null,
    completeYears: given.completeYears ?? null,
    serviceStart: given.completeYears === undefined ? (employee?.serviceStart ?? null) : null,
    weeklyPay: given.weeklyPay ?? employee?.weeklyPay ?? null,
  });
  const sources: Source[] = rule ? [policySource(rule), ...rule.sources.map((s) => sectionSource(pack, s))] : [sectionSource(pack, 'redundancy')];
  const hr = hrContactsText(pack.consultation);

  switch (estimate.kind) {
    case 'estimate': {
      const recordUsed = estimate.ageFrom === 'date-of-birth' || estimate.serviceFrom === 'service-start' || given.weeklyPay === undefined;
      if (employee && recordUsed) sources.push(dataSource('Your staff record', 'consultation/staff.csv'));
      const basis = [
        `age ${estimate.age}${estimate.ageFrom === 'date-of-birth' ? ' (from your date of birth on record)' : ''}`,
        `${estimate.completeYears} complete ${estimate.completeYears === 1 ? 'year' : 'years'} of service${estimate.serviceFrom === 'service-start' ? ' (from your start date on record)' : ''}`,
        `${pounds(estimate.weeklyPay)} a week${given.annualSalary !== undefined ? ` (your ${pounds(given.annualSalary)} a year divided by 52)` : given.weeklyPay === undefined ? ' (from your record)' : ''}`,
      ];
      const lines = [
        `**Estimate only: about ${pounds(estimate.amount)}.**`,
        '',
        `- Statutory redundancy: ${weeksText(estimate.statutoryWeeks)} (half a week for each year of service under 22, one week from 22 to 40, one and a half from 41; at most 20 years count${estimate.countedYears < estimate.completeYears ? `, so ${estimate.countedYears} of your ${estimate.completeYears} years count` : ''}).`,
        `- The Council's policy pays ${estimate.multiplier} times the statutory weeks: ${weeksText(estimate.weeks)}.`,
        `- On ${estimate.capApplied ? `the statutory weekly pay cap of ${pounds(estimate.weeklyPayUsed)}` : 'actual weekly pay'}: ${weeksText(estimate.weeks)} × ${pounds(estimate.weeklyPayUsed)} = ${pounds(estimate.amount)}.`,
        '',
        `Based on ${basis.join(', ')}, counted to ${formatDate(on)}. Tell me different figures to see another estimate (e.g. "I'm 45 with 12 years' service on £520 a week").`,
        `This is not an offer: redundant staff are given their own calculation by HR (${hr}).`,
      ];
      return { text: lines.join('\n'), sources: uniqueSources(sources) };
    }
    case 'below-minimum-service':
      return {
        text: `**No redundancy payment would be due on these figures.** Staff need ${estimate.minimumServiceYears} years' continuous service to receive a redundancy payment, and ${employee && given.completeYears === undefined ? 'your record shows' : 'you said'} ${estimate.completeYears} complete ${estimate.completeYears === 1 ? 'year' : 'years'}. Individual circumstances vary: if in doubt, check with HR (${hr}).`,
        sources: uniqueSources([...sources, ...(employee ? [dataSource('Your staff record', 'consultation/staff.csv')] : [])]),
      };
    case 'missing-facts':
      return {
        text: [
          `I can estimate your redundancy pay, but I need ${estimate.missing.map((f) => FACT_WORDS[f]).join(', ')}. Tell me, for example: "I'm 45 with 12 years' service on £520 a week".`,
          rule ? `\nThe rule: ${rule.text.trim()}` : '',
        ].join(''),
        sources: uniqueSources(sources),
      };
    case 'invalid-facts':
      return { text: `I can't estimate from those figures: ${estimate.problems.map((p) => p.message).join(' ')}`, sources: uniqueSources(sources) };
    case 'cap-missing':
      return { text: `I can't estimate redundancy pay: the policy says pay is capped but does not give the cap. HR can tell you: ${hr}.`, sources: uniqueSources(sources) };
    case 'no-policy':
      return { text: `The consultation pack has no redundancy pay rule, so I can't estimate it. HR can tell you: ${hr}.`, sources: uniqueSources(sources) };
    default:
      return assertNever(estimate);
  }
}
