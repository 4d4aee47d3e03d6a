import { z } from 'zod';
import {
  AUDIENCE_HELP,
  isRealDate,
  isTimeZone,
  parseAudience,
  parseLocalDateTime,
  parseOffset,
} from './values.js';
import {
  CONTRACTS,
  POST_CHANGES,
  PUBLICATION_STATES,
  RING_FENCE_BASES,
  type Audience,
  type GradeBand,
  type PolicyParameters,
  type When,
} from './types.js';

/*
 * One schema per pack file, written against the file's own snake_case shape and
 * transformed into the camelCase domain types. Messages say what was expected, because
 * HR reads them, not developers.
 */

/**
 * The rules of single cells and values, shared by the zod schemas below and the fast paths
 * (row-fast-paths.ts, faq-fast-path.ts), so that a rule changed here changes in both.
 */
export const RULES = {
  employeeId: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
  postId: /^[A-Z0-9][A-Z0-9-]*$/,
  slugId: /^[a-z0-9][a-z0-9-]*$/,
  email: /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/,
  slackUserId: /^[UW][A-Z0-9]{2,}$/,
  gradeBand: /^(\d{1,3})(?:\s*-\s*(\d{1,3}))?$/,
  isTier: (n: number) => Number.isInteger(n) && n >= 1 && n <= 12,
  isPostFte: (n: number) => n > 0 && n <= 10_000,
  isStaffFte: (n: number) => n > 0 && n <= 1,
  isWeeklyPay: (n: number) => n > 0 && n < 100_000,
} as const;

const text = z.string('expected text').trim().min(1, 'must not be blank');
const optionalText = z.string('expected text').trim().optional();
const slugId = text.regex(RULES.slugId, 'expected lower-case letters, digits and dashes, e.g. redundancy-pay');
const isoDate = text.refine(isRealDate, 'expected a real date written YYYY-MM-DD, e.g. 2011-04-04');
const localDateTime = text.transform((value, ctx) => {
  const parsed = parseLocalDateTime(value);
  if (parsed === null) {
    ctx.addIssue({ code: 'custom', message: 'expected a date and time written YYYY-MM-DD HH:mm, e.g. 2011-02-16 09:30' });
    return z.NEVER;
  }
  return parsed;
});
const sectionRef = slugId;
const sectionRefs = z
  .union([sectionRef, z.array(sectionRef).min(1, 'must name at least one section')], 'expected a section id or a list of them')
  .transform((v) => (typeof v === 'string' ? [v] : v));
const email = text.regex(RULES.email, 'expected an email address');

const audienceItem = text.transform((value, ctx): Audience => {
  const audience = parseAudience(value);
  if (audience === null) {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)}: ${AUDIENCE_HELP}` });
    return z.NEVER;
  }
  return audience;
});
const audience = z
  .union([audienceItem, z.array(audienceItem).min(1, 'must name at least one audience')], `${AUDIENCE_HELP}, or a list of them`)
  .transform((v) => (Array.isArray(v) ? v : [v]));

// ---------- CSV cells (always strings; blank means "not given") ----------

const blank = z.literal('');
const cellText = z.string().trim();
const requiredCell = cellText.min(1, 'must not be blank');

function optionalNumberCell(what: string, check: (n: number) => boolean) {
  return cellText.transform((value, ctx) => {
    if (value === '') return null;
    const n = Number(value);
    if (!Number.isFinite(n) || !check(n)) {
      ctx.addIssue({ code: 'custom', message: `expected ${what}, found ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return n;
  });
}

const gradeBandCell = cellText.transform((value, ctx): GradeBand | null => {
  if (value === '') return null;
  const m = RULES.gradeBand.exec(value);
  const min = Number(m?.[1]);
  const max = m?.[2] === undefined ? min : Number(m[2]);
  if (!m || max < min) {
    ctx.addIssue({ code: 'custom', message: `expected a grade number such as 10 or a range such as 10-11, found ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return { min, max };
});

function enumCell<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, `expected one of: ${values.join(', ')}`);
}

export const POST_COLUMNS = {
  required: ['id', 'title', 'service', 'grade', 'pay_scale', 'change', 'source'],
  optional: ['tier', 'grade_band', 'fte', 'note'],
} as const;

export const postRow = z
  .object({
    id: requiredCell.regex(RULES.postId, 'expected capital letters, digits and dashes, e.g. EI-D-014'),
    title: requiredCell,
    service: requiredCell,
    tier: optionalNumberCell('a tier number such as 3, or blank', RULES.isTier),
    grade: requiredCell,
    pay_scale: requiredCell,
    grade_band: gradeBandCell,
    fte: optionalNumberCell('a number of full-time equivalents such as 0.6 or 15, or blank', RULES.isPostFte),
    change: enumCell(POST_CHANGES),
    source: requiredCell.pipe(sectionRef),
    note: cellText,
  })
  .transform((r) => ({
    id: r.id,
    title: r.title,
    service: r.service,
    tier: r.tier,
    grade: r.grade,
    payScale: r.pay_scale,
    gradeBand: r.grade_band,
    fte: r.fte,
    change: r.change,
    source: r.source,
    ...(r.note ? { note: r.note } : {}),
  }));

export const RING_FENCE_COLUMNS = {
  required: ['new_post_id', 'current_post_id', 'basis', 'state'],
  optional: ['note'],
} as const;

export const ringFenceRow = z
  .object({
    new_post_id: requiredCell,
    current_post_id: requiredCell,
    basis: enumCell(RING_FENCE_BASES),
    state: enumCell(PUBLICATION_STATES),
    note: cellText,
  })
  .transform((r) => ({
    newPostId: r.new_post_id.toLowerCase() === 'none' ? null : r.new_post_id,
    currentPostId: r.current_post_id,
    basis: r.basis,
    state: r.state,
    ...(r.note ? { note: r.note } : {}),
  }));

export const STAFF_COLUMNS = {
  required: ['employee_id', 'name', 'email', 'post_id', 'grade', 'fte', 'service_start', 'contract'],
  optional: ['slack_user_id', 'manager_id', 'date_of_birth', 'weekly_pay'],
} as const;

const dateCell = requiredCell.refine(isRealDate, 'expected a real date written YYYY-MM-DD');

export const staffRow = z
  .object({
    employee_id: requiredCell.regex(RULES.employeeId, 'expected an id of letters, digits and dashes, e.g. E012'),
    name: requiredCell,
    email: requiredCell.pipe(email),
    slack_user_id: z.union([blank, cellText.regex(RULES.slackUserId, 'expected a Slack user id such as U0123ABCD, or blank')]),
    post_id: requiredCell,
    grade: requiredCell,
    fte: requiredCell.pipe(optionalNumberCell('an FTE above 0 and at most 1, e.g. 0.6', RULES.isStaffFte)),
    manager_id: cellText,
    service_start: dateCell,
    contract: enumCell(CONTRACTS),
    date_of_birth: z.union([blank, dateCell]),
    weekly_pay: optionalNumberCell('weekly pay in pounds, e.g. 512.50, or blank', RULES.isWeeklyPay),
  })
  .transform((r) => ({
    id: r.employee_id,
    name: r.name,
    email: r.email.toLowerCase(),
    slackUserId: r.slack_user_id || null,
    postId: r.post_id,
    grade: r.grade,
    fte: r.fte ?? 1,
    managerId: r.manager_id || null,
    serviceStart: r.service_start,
    contract: r.contract,
    dateOfBirth: r.date_of_birth || null,
    weeklyPay: r.weekly_pay,
  }));

// ---------- YAML and front matter ----------

export const consultationFile = z
  .strictObject({
    title: text,
    organisation: text,
    directorate: optionalText,
    time_zone: text.refine(isTimeZone, 'expected an IANA time zone such as Europe/London'),
    opens: isoDate,
    closes: isoDate,
    hr_contacts: z
      .array(
        z.strictObject({
          name: text,
          role: text,
          phone: z.string('expected text; put a phone number in quotes, e.g. "01865 323368"').trim().optional(),
          email: email.optional(),
          slack_channel: optionalText,
        }),
        'expected a list of HR contacts',
      )
      .min(1, 'must list at least one HR contact'),
    respond: z.strictObject({
      email: email.optional(),
      ways: z.array(text, 'expected a list').default([]),
      source: sectionRef,
    }),
    feedback: z.strictObject({
      anonymous: z.boolean('expected true or false'),
      opt_out: optionalText,
      source: sectionRef,
    }),
    more_information: optionalText,
  })
  .refine((c) => c.opens <= c.closes, { message: 'must not be after closes', path: ['opens'] })
  .transform((c) => ({
    title: c.title,
    organisation: c.organisation,
    ...(c.directorate ? { directorate: c.directorate } : {}),
    timeZone: c.time_zone,
    opens: c.opens,
    closes: c.closes,
    hrContacts: c.hr_contacts.map((h) => ({
      name: h.name,
      role: h.role,
      ...(h.phone ? { phone: h.phone } : {}),
      ...(h.email ? { email: h.email } : {}),
      ...(h.slack_channel ? { slackChannel: h.slack_channel } : {}),
    })),
    respond: { ...(c.respond.email ? { email: c.respond.email } : {}), ways: c.respond.ways, source: c.respond.source },
    feedback: {
      anonymous: c.feedback.anonymous,
      ...(c.feedback.opt_out ? { optOut: c.feedback.opt_out } : {}),
      source: c.feedback.source,
    },
    ...(c.more_information ? { moreInformation: c.more_information } : {}),
  }));

const offsets = z
  .array(
    z.union([text, z.number()]).transform((value, ctx) => {
      const label = String(value);
      const minutes = parseOffset(label);
      if (minutes === null) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(label)}: expected a time before the milestone such as 7d, 2h or 30m` });
        return z.NEVER;
      }
      return { label, minutes };
    }),
    'expected a list such as [7d, 1d]',
  )
  .default([]);

export const milestoneSchema = z
  .strictObject({
    id: slugId,
    title: text,
    date: isoDate.optional(),
    at: localDateTime.optional(),
    ends: localDateTime.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    place: optionalText,
    audience,
    action: z
      .strictObject({ id: slugId, text, essential: z.boolean('expected true or false').default(false) })
      .optional(),
    reminders: offsets,
    status: z.enum(['confirmed', 'provisional'], 'expected confirmed or provisional'),
    source: sectionRef,
    note: optionalText,
  })
  .transform((m, ctx) => {
    const forms = [m.date !== undefined, m.at !== undefined, m.from !== undefined || m.to !== undefined].filter(Boolean).length;
    if (forms !== 1) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'give exactly one of: date; at (with optional ends); from and to' });
      return z.NEVER;
    }
    let when: When;
    if (m.date !== undefined) {
      when = { kind: 'date', date: m.date };
    } else if (m.at !== undefined) {
      if (m.ends !== undefined && m.ends <= m.at) {
        ctx.addIssue({ code: 'custom', path: ['ends'], message: 'must be after at' });
        return z.NEVER;
      }
      when = { kind: 'time', start: m.at, end: m.ends ?? null };
    } else {
      if (m.from === undefined || m.to === undefined || m.to < m.from) {
        ctx.addIssue({ code: 'custom', path: [m.from === undefined ? 'from' : 'to'], message: 'a window needs from and to, with to not before from' });
        return z.NEVER;
      }
      when = { kind: 'window', from: m.from, to: m.to };
    }
    if (m.ends !== undefined && m.at === undefined) {
      ctx.addIssue({ code: 'custom', path: ['ends'], message: 'ends only goes with at' });
      return z.NEVER;
    }
    return {
      id: m.id,
      title: m.title,
      when,
      place: m.place || null,
      audience: m.audience,
      action: m.action ?? null,
      reminders: m.reminders,
      status: m.status,
      source: m.source,
      ...(m.note ? { note: m.note } : {}),
    };
  });

export const timelineFile = z.strictObject({
  milestones: z.array(z.unknown(), 'expected a list of milestones'),
});

export const faqFrontMatter = z
  .strictObject({
    id: slugId,
    question: text,
    variants: z.array(text, 'expected a list of other ways to ask').default([]),
    tags: z.array(text, 'expected a list of tags').default([]),
    audience: audience.optional(),
    updated: isoDate,
    source: sectionRefs,
  })
  .transform((f) => ({
    id: f.id,
    question: f.question,
    variants: f.variants,
    tags: f.tags,
    audience: f.audience ?? [{ kind: 'everyone' as const }],
    updated: f.updated,
    sources: f.source,
  }));

const positive = (what: string) => z.number(`expected ${what}`).positive(`expected ${what}`);
const wholeNumber = (what: string) => z.number(`expected ${what}`).int(`expected ${what}`).min(0, `expected ${what}`);

const PARAMETER_KINDS = ['ring-fence', 'slotting-in', 'redundancy-pay', 'trial-period', 'job-finder', 'disturbance-allowance', 'appointment-order'] as const;

const appointmentPhase = z.union(
  [z.number().int().min(1).transform((tier) => ({ tier })), z.literal('rest').transform(() => ({ rest: true as const }))],
  'expected a tier number or rest',
);

export const policyParameters = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('ring-fence'),
        grades_either_side: wholeNumber('a whole number of grades, e.g. 1'),
        duty_share: z.number('expected a share between 0 and 1, e.g. 0.8').gt(0).max(1),
      }),
      z.strictObject({ kind: z.literal('slotting-in') }),
      z.strictObject({
        kind: z.literal('redundancy-pay'),
        multiplier: positive('a multiplier such as 1.5'),
        pay_basis: z.enum(['actual', 'statutory-cap'], 'expected actual or statutory-cap'),
        weekly_pay_cap: positive('a weekly pay cap in pounds').optional(),
        minimum_service_years: wholeNumber('a whole number of years, e.g. 2'),
      }),
      z.strictObject({ kind: z.literal('trial-period'), weeks: positive('a number of weeks') }),
      z.strictObject({ kind: z.literal('job-finder'), search_starts_after_days: wholeNumber('a whole number of days') }),
      z.strictObject({ kind: z.literal('disturbance-allowance'), years: positive('a number of years') }),
      z.strictObject({ kind: z.literal('appointment-order'), order: z.array(appointmentPhase).min(1) }),
    ],
    { error: `expected kind to be one of: ${PARAMETER_KINDS.join(', ')}` },
  )
  .transform((p): PolicyParameters => {
    switch (p.kind) {
      case 'ring-fence':
        return { kind: p.kind, gradesEitherSide: p.grades_either_side, dutyShare: p.duty_share };
      case 'slotting-in':
        return { kind: p.kind };
      case 'redundancy-pay':
        return {
          kind: p.kind,
          multiplier: p.multiplier,
          payBasis: p.pay_basis,
          weeklyPayCap: p.weekly_pay_cap ?? null,
          minimumServiceYears: p.minimum_service_years,
        };
      case 'trial-period':
        return { kind: p.kind, weeks: p.weeks };
      case 'job-finder':
        return { kind: p.kind, searchStartsAfterDays: p.search_starts_after_days };
      case 'disturbance-allowance':
        return { kind: p.kind, years: p.years };
      case 'appointment-order':
        return { kind: p.kind, order: p.order };
    }
  });

export const policyRule = z
  .strictObject({
    id: slugId,
    title: text,
    text,
    source: sectionRefs,
    parameters: policyParameters.optional(),
  })
  .transform((r) => ({ id: r.id, title: r.title, text: r.text, sources: r.source, parameters: r.parameters ?? null }));

export const policyFile = z.strictObject({
  rules: z.array(z.unknown(), 'expected a list of rules').min(1, 'must hold at least one rule'),
});
