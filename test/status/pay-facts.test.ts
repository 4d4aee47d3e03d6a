import { describe, expect, it } from 'vitest';
import { parsePayFacts, type PayFacts } from '../../src/status/pay-facts.js';

describe('parsePayFacts reads facts said plainly', () => {
  it.each<[string, PayFacts]>([
    ["I'm 45 and have worked here 12 years on £520 a week", { age: 45, completeYears: 12, weeklyPay: 520 }],
    // £28,000 / 52 = £538.4615..., to the penny.
    ['aged 52, 30 yrs service, salary £28,000', { age: 52, completeYears: 30, weeklyPay: 538.46, annualSalary: 28000 }],
    ["12 years' service", { completeYears: 12 }],
    ['12 years\u2019 service', { completeYears: 12 }],
    ['12 years of continuous service', { completeYears: 12 }],
    ['£1,200/week', { weeklyPay: 1200 }],
    ['I earn 31k a year', { weeklyPay: 596.15, annualSalary: 31000 }],
    ['I\u2019m 60 with 20 years\u2019 service, £28k pa', { age: 60, completeYears: 20, weeklyPay: 538.46, annualSalary: 28000 }],
    ['I am 45 years old', { age: 45 }],
    ["I'm a 45-year-old family support worker", { age: 45 }],
    ['I turned 50 in January', { age: 50 }],
    ['Age: 38', { age: 38 }],
    ["I've been with the County Council for 15 years", { completeYears: 15 }],
    ['I have worked for OCC for 8 yrs', { completeYears: 8 }],
    ['8 years here and I am 33.', { age: 33, completeYears: 8 }],
    ['length of service is 9 years', { completeYears: 9 }],
    // Complete years: 12.5 years of service is 12 complete ones.
    ['I have 12.5 years service', { completeYears: 12 }],
    ['weekly pay is £520.50', { weeklyPay: 520.5 }],
    ['on £520 pw', { weeklyPay: 520 }],
    ['£520 p.w. gross', { weeklyPay: 520 }],
    ['I earn 520 a week', { weeklyPay: 520 }],
    ['about £450 per week', { weeklyPay: 450 }],
    ['my annual salary is £24,500.', { weeklyPay: 471.15, annualSalary: 24500 }],
    ['£31.5k per annum', { weeklyPay: 605.77, annualSalary: 31500 }],
    // Two figures that agree (£27,040 is exactly 52 x £520) are one fact; the weekly one is used.
    ['£520 a week, so £27,040 a year', { weeklyPay: 520 }],
    // The same age said twice is still one age.
    ["I'm 45 years old, 45 this March", { age: 45 }],
  ])('%j', (text, expected) => {
    expect(parsePayFacts(text)).toEqual(expected);
  });
});

describe('parsePayFacts leaves out what is ambiguous or absent', () => {
  it.each<[string, PayFacts, string]>([
    ['45', {}, 'a bare number is not an age'],
    ['What would I get after 12 years?', {}, 'years of what: no service word'],
    ['How much redundancy pay would I get?', {}, 'no facts at all'],
    ["I'm 45 minutes from the office", {}, 'minutes, not years of age'],
    ["I'm 3 and a half years into my post", {}, 'a duration, not an age'],
    ["I'm 9 weeks pregnant", {}, 'weeks, not years of age'],
    ["Do I need 2 years' service to get redundancy pay?", {}, 'the rule, not my service'],
    ['I have over 10 years service', {}, 'a bound, not a number of years'],
    ['nearly 20 years of service', {}, 'a bound'],
    ['What do staff aged 41 or over get?', {}, 'a range in a rule'],
    ['Is it a week and a half for each year at age 41?', {}, 'how the rule is worded'],
    ['my retirement age 65 is close', {}, 'not my age'],
    ['The directorate must save £11.2m, on top of £9m', {}, 'budgets in millions'],
    ['I work 37 hours a week', {}, 'hours, not pounds'],
    ['I earn £2,000 a month', {}, 'monthly pay needs a conversion nobody asked for'],
    ['I get £12.50 an hour', {}, 'hourly pay'],
    ['I take home £400 a week', {}, 'net pay understates the sum'],
    ['£28,000 pro rata', {}, 'full-time-equivalent pay is not actual pay'],
    ['my full-time salary is £30,000', {}, 'full-time-equivalent pay'],
    ['I earn £31,000', {}, 'no period: a year is likely but not said'],
    ["I'm 45, no wait, I'm 46", {}, 'two different ages'],
    ['£520 a week or maybe £540 a week', {}, 'two different weekly figures'],
    ['£520 a week and £35,000 a year', {}, 'weekly and annual figures that disagree'],
    ['between £500 and £540 a week', {}, 'a range of pay'],
    ['£520 a week, or maybe £540', {}, 'the second choice has no period of its own'],
    ['I earn £500-£540 a week', {}, 'a range written with a dash'],
    ["I'm 45 or 46", {}, 'two choices of age, said the other way'],
    ["10 or 11 years' service", {}, 'two choices of service'],
    ['aged 45 or 46', {}, 'two choices of age'],
    ['I was in room 45 for 12 years', {}, 'no age word, no service word'],
    ['I have worked in social care for 20 years', {}, 'a career, not service with this employer'],
  ])('%j (%s)', (text, expected) => {
    expect(parsePayFacts(text)).toEqual(expected);
  });

  it('keeps the facts it can read when another is ambiguous', () => {
    expect(parsePayFacts("I'm 45 with 12 years' service, on £520 or £540 a week")).toEqual({ age: 45, completeYears: 12 });
  });
});
