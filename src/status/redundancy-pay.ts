import type { IsoDate, PolicyParameters, PolicyRule } from '../content/types.js';
import { isIsoDate, wholeYearsBetween } from '../time/calendar.js';

/**
 * A redundancy pay estimate from the pack's `redundancy-pay` policy rule and the statutory
 * weeks of the GOV.UK calculator (https://www.gov.uk/calculate-your-redundancy-pay). It is
 * an estimate: HR provides the real calculation, and the reply must say so.
 */

export type RedundancyPayParameters = Extract<PolicyParameters, { kind: 'redundancy-pay' }>;

/** The rule an estimate cites, as found in the pack. */
export interface RedundancyPolicy {
  readonly id: string;
  readonly sources: readonly string[];
  readonly parameters: RedundancyPayParameters;
}

/** Statutory redundancy counts at most this many years, the most recent ones. */
export const MAX_COUNTED_YEARS = 20;
/** Nobody can have a year of service that started before this age. */
export const YOUNGEST_WORKING_AGE = 15;
/** Beyond this a weekly pay is a typing mistake (and 20 years × 1.5 × 1.5 weeks of it would overflow pennies). */
const MAX_WEEKLY_PAY = 100_000;
/** Beyond this an age is a typing mistake, not a person. */
const OLDEST_AGE = 120;

export type PayFact = 'age' | 'service' | 'weeklyPay';

export interface RedundancyPayInput {
  /** The estimate counts age and service up to this day, e.g. today or the proposed leaving date. */
  readonly on: IsoDate;
  readonly age?: number | null;
  readonly dateOfBirth?: IsoDate | null;
  readonly completeYears?: number | null;
  readonly serviceStart?: IsoDate | null;
  /** Gross weekly pay in pounds. */
  readonly weeklyPay?: number | null;
  /** Null when the pack has no redundancy pay rule. */
  readonly policy: RedundancyPolicy | null;
}

export type PayEstimate =
  | {
      readonly kind: 'estimate';
      readonly age: number;
      readonly completeYears: number;
      /** Years that count: the most recent, at most 20. */
      readonly countedYears: number;
      readonly statutoryWeeks: number;
      readonly multiplier: number;
      /** Statutory weeks times the policy multiplier. */
      readonly weeks: number;
      /** The pay the person has, rounded to pennies. */
      readonly weeklyPay: number;
      /** The pay the estimate uses: the same, or the cap when the policy caps it and pay is above it. */
      readonly weeklyPayUsed: number;
      readonly payBasis: RedundancyPayParameters['payBasis'];
      readonly capApplied: boolean;
      /** Pounds, rounded to pennies. */
      readonly amount: number;
      /** Where each fact came from, so the reply can say "from your date of birth on record". */
      readonly ageFrom: 'given' | 'date-of-birth';
      readonly serviceFrom: 'given' | 'service-start';
      readonly on: IsoDate;
      readonly policyId: string;
      readonly sources: readonly string[];
    }
  | {
      readonly kind: 'below-minimum-service';
      readonly completeYears: number;
      readonly minimumServiceYears: number;
      readonly policyId: string;
      readonly sources: readonly string[];
    }
  | { readonly kind: 'missing-facts'; readonly missing: readonly PayFact[] }
  /** Facts that cannot be true (service from age 10, pay of minus £5); each problem reads as a sentence. */
  | { readonly kind: 'invalid-facts'; readonly problems: readonly { readonly fact: PayFact; readonly message: string }[] }
  /** The rule says pay is capped but gives no cap: HR has to fix the policy file. */
  | { readonly kind: 'cap-missing'; readonly policyId: string; readonly sources: readonly string[] }
  | { readonly kind: 'no-policy' };

/** The pack's redundancy pay rule, if it has one with parameters. */
export function findRedundancyPolicy(policies: readonly PolicyRule[]): RedundancyPolicy | null {
  for (const rule of policies) {
    if (rule.parameters?.kind === 'redundancy-pay') {
      return { id: rule.id, sources: rule.sources, parameters: rule.parameters };
    }
  }
  return null;
}

/**
 * Statutory weeks of pay, as GOV.UK counts them: at most the last 20 complete years, each
 * worth a week and a half for a year in which the person was 41 or over, a week for 22 to
 * 40, and half a week under 22. Counting back from the current age, the i-th year back was
 * worked at age `age - i` (someone now 45 was 44 during their last complete year).
 * Throws RangeError on facts that cannot be true; `estimateRedundancyPay` checks first.
 */
export function statutoryWeeks(age: number, completeYears: number): number {
  const problem = ageProblem(age) ?? serviceProblem(completeYears) ?? serviceAgeProblem(age, completeYears);
  if (problem) throw new RangeError(problem);
  let weeks = 0;
  for (let i = 1; i <= Math.min(completeYears, MAX_COUNTED_YEARS); i++) {
    const ageInYear = age - i;
    weeks += ageInYear >= 41 ? 1.5 : ageInYear >= 22 ? 1 : 0.5;
  }
  return weeks;
}

/**
 * Never throws: every odd input becomes a result the reply can explain. Checks run in the
 * order a person can act on them: a missing or broken rule first (nothing they give us
 * helps), then facts that cannot be true, then too little service (which needs no pay
 * figure, so we do not ask for one), then facts still missing.
 */
export function estimateRedundancyPay(input: RedundancyPayInput): PayEstimate {
  const { policy } = input;
  if (!policy) return { kind: 'no-policy' };
  const { id: policyId, sources, parameters } = policy;
  if (parameters.payBasis === 'statutory-cap' && parameters.weeklyPayCap === null) {
    return { kind: 'cap-missing', policyId, sources };
  }

  const problems: { fact: PayFact; message: string }[] = [];
  const age = resolveAge(input, problems);
  const service = resolveService(input, problems);
  const weeklyPay = input.weeklyPay ?? null;
  if (weeklyPay !== null && !(Number.isFinite(weeklyPay) && weeklyPay > 0)) {
    problems.push({ fact: 'weeklyPay', message: `weekly pay must be an amount in pounds above zero, not ${weeklyPay}` });
  } else if (weeklyPay !== null && weeklyPay > MAX_WEEKLY_PAY) {
    problems.push({ fact: 'weeklyPay', message: `weekly pay of more than £${MAX_WEEKLY_PAY.toLocaleString('en-GB')} is surely a typing mistake, not ${weeklyPay}` });
  }
  if (age !== null && service !== null) {
    const message = serviceAgeProblem(age.value, service.value);
    if (message) problems.push({ fact: 'service', message });
  }
  if (problems.length > 0) return { kind: 'invalid-facts', problems };

  if (service !== null && service.value < parameters.minimumServiceYears) {
    return {
      kind: 'below-minimum-service',
      completeYears: service.value,
      minimumServiceYears: parameters.minimumServiceYears,
      policyId,
      sources,
    };
  }
  if (age === null || service === null || weeklyPay === null) {
    const missing: PayFact[] = [];
    if (age === null) missing.push('age');
    if (service === null) missing.push('service');
    if (weeklyPay === null) missing.push('weeklyPay');
    return { kind: 'missing-facts', missing };
  }

  const payPence = Math.round(weeklyPay * 100);
  const cap = parameters.payBasis === 'statutory-cap' ? parameters.weeklyPayCap : null;
  const capPence = cap === null ? null : Math.round(cap * 100);
  const usedPence = capPence !== null && capPence < payPence ? capPence : payPence;
  const statutory = statutoryWeeks(age.value, service.value);
  const weeks = statutory * parameters.multiplier;
  return {
    kind: 'estimate',
    age: age.value,
    completeYears: service.value,
    countedYears: Math.min(service.value, MAX_COUNTED_YEARS),
    statutoryWeeks: statutory,
    multiplier: parameters.multiplier,
    weeks,
    weeklyPay: payPence / 100,
    weeklyPayUsed: usedPence / 100,
    payBasis: parameters.payBasis,
    capApplied: usedPence !== payPence,
    // Whole pence throughout, rounded half up at the end. With the multipliers councils use
    // (1, 1.5, 2) weeks are whole quarters, exact in binary, so weeks x pence is exact and
    // only a genuine half penny is rounded; in pounds, 0.005 could become 0.00499... and go down.
    amount: Math.round(weeks * usedPence) / 100,
    ageFrom: age.from,
    serviceFrom: service.from,
    on: input.on,
    policyId,
    sources,
  };
}

interface Resolved<From> {
  readonly value: number;
  readonly from: From;
}

/** A stated age wins over the date of birth on record: it is the case the person asked about. */
function resolveAge(input: RedundancyPayInput, problems: { fact: PayFact; message: string }[]): Resolved<'given' | 'date-of-birth'> | null {
  if (input.age !== undefined && input.age !== null) {
    const message = ageProblem(input.age);
    if (message) problems.push({ fact: 'age', message });
    return message ? null : { value: input.age, from: 'given' };
  }
  if (input.dateOfBirth === undefined || input.dateOfBirth === null) return null;
  const message = datesProblem('date of birth', input.dateOfBirth, input.on);
  if (message) {
    problems.push({ fact: 'age', message });
    return null;
  }
  const value = wholeYearsBetween(input.dateOfBirth, input.on);
  const tooOld = ageProblem(value);
  if (tooOld) problems.push({ fact: 'age', message: `date of birth ${input.dateOfBirth}: ${tooOld}` });
  return tooOld ? null : { value, from: 'date-of-birth' };
}

function resolveService(input: RedundancyPayInput, problems: { fact: PayFact; message: string }[]): Resolved<'given' | 'service-start'> | null {
  if (input.completeYears !== undefined && input.completeYears !== null) {
    const message = serviceProblem(input.completeYears);
    if (message) problems.push({ fact: 'service', message });
    return message ? null : { value: input.completeYears, from: 'given' };
  }
  if (input.serviceStart === undefined || input.serviceStart === null) return null;
  const message = datesProblem('service start', input.serviceStart, input.on);
  if (message) {
    problems.push({ fact: 'service', message });
    return null;
  }
  return { value: wholeYearsBetween(input.serviceStart, input.on), from: 'service-start' };
}

function datesProblem(what: string, date: string, on: string): string | null {
  if (!isIsoDate(on)) return `the date to count to must be a real date written YYYY-MM-DD, not "${on}"`;
  if (!isIsoDate(date)) return `${what} must be a real date written YYYY-MM-DD, not "${date}"`;
  if (date > on) return `${what} ${date} is after ${on}, the date the estimate counts to`;
  return null;
}

function ageProblem(age: number): string | null {
  if (!Number.isInteger(age) || age < 0) return `age must be a whole number of years, not ${age}`;
  if (age < YOUNGEST_WORKING_AGE) return `an age of ${age} is under ${YOUNGEST_WORKING_AGE}; please check it`;
  if (age > OLDEST_AGE) return `an age of ${age} is not possible; please check it`;
  return null;
}

function serviceProblem(years: number): string | null {
  if (!Number.isInteger(years) || years < 0) return `service must be a whole number of complete years, not ${years}`;
  return null;
}

function serviceAgeProblem(age: number, years: number): string | null {
  if (years <= age - YOUNGEST_WORKING_AGE) return null;
  return `${years} years' service at age ${age} would mean starting work before age ${YOUNGEST_WORKING_AGE}; please check both`;
}
