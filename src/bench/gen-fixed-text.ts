/*
 * The parts of a synthetic pack that are the same at every size: the consultation
 * settings, the document's sections on having your say and on what happens next (the
 * rules every restructure states), the HR policy rules and the core FAQs. They follow
 * the shape of a real consultation so that general questions have real answers; the
 * council and every contact are invented.
 */

export const ORGANISATION = 'Harrowdale County Council';
export const DIRECTORATE = "Children's Services";

export const HR_LEAD = { name: 'Morgan Ellis', role: 'HR Lead for the Redesign', phone: '01632 960123' };
export const HR_PARTNER = { name: 'Jordan Reyes', role: 'HR Business Partner', phone: '01632 960456' };
export const STAFF_CARE = { name: 'Staff Care Services', role: 'Confidential advice and support for people experiencing exceptional work-related problems', phone: '01632 960789' };
export const FEEDBACK_EMAIL = 'redesign.feedback@harrowdale.example.org';

export function consultationYaml(opens: string, closes: string): string {
  return `# Synthetic pack for benchmarks: the council, its people and every contact are invented.
title: "Consultation on the proposed redesign of ${DIRECTORATE}"
organisation: ${ORGANISATION}
directorate: "${DIRECTORATE}"
time_zone: Europe/London
opens: ${opens}
closes: ${closes}
hr_contacts:
${[HR_LEAD, HR_PARTNER, STAFF_CARE].map((c) => `  - name: ${c.name}\n    role: ${c.role}\n    phone: "${c.phone}"`).join('\n')}
respond:
  email: "${FEEDBACK_EMAIL}"
  ways:
    - at any of the briefing sessions, workshops or focus groups organised during the consultation period
    - through your union representative, if you are a union member
  source: how-to-respond
feedback:
  anonymous: true
  opt_out: >-
    If you do not want your comments to be included in the feedback document, say so
    clearly in your response; this means you may not receive a response to your comments.
  source: what-happens-to-feedback
more_information: >-
  The consultation document is on the intranet under Redesign of ${DIRECTORATE}.
  You can also talk to your line manager.
`;
}

/** `2025-04-04` -> `Friday 4 April 2025`, as the document writes dates. */
export function longDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date).replace(',', '');
}

export function openingSections(opens: string, closes: string, briefingTable: string): string {
  return `## Section 1 – What has happened so far {#what-has-happened-so-far}

### Introduction {#introduction}

${DIRECTORATE} must make savings over the next three years while protecting the services that matter most to children, young people and families. This document sets out proposals for a new structure for the directorate, the posts that are proposed for deletion and creation, and how appointments to the new structure would be made.

### Consultation overview {#consultation-overview}

The proposals reduce the number of management tiers, bring related teams together in localities and remove duplication between services. Cabinet will consider the final proposals after the consultation closes, taking account of every response.

## Section 2 – About this consultation {#about-this-consultation}

### What this consultation covers {#what-this-consultation-covers}

This consultation covers every post in the services listed in Section 5. Posts not listed in Section 5 are not affected by these proposals and continue.

### Consultation dates {#consultation-dates}

Start date: ${longDate(opens)}

Closing date: ${longDate(closes)}

### Where to get more information {#more-information}

The Directorate Leadership Team have organised briefing sessions, workshops and focus groups during the consultation period, giving you the chance to raise any queries or concerns. You may also wish to talk to your line manager, or contact ${HR_LEAD.name} (${HR_LEAD.phone}) as ${HR_LEAD.role} or ${HR_PARTNER.name}, ${HR_PARTNER.role} (${HR_PARTNER.phone}).

The following briefing sessions will be led by the Director. Please book a place, as venues have a maximum capacity.

${briefingTable}

### Unions {#unions}

Before this document was published, the Director and the HR Business Partner met the branch secretaries of the recognised unions to brief them on the proposals and the timetable for consultation.

## Section 3 – Having your say {#having-your-say}

### How to respond to this consultation {#how-to-respond}

You can submit your views by email to ${FEEDBACK_EMAIL}. Alternatively you may give your views at any of the briefing sessions, workshops or focus groups organised throughout the consultation period. If you are a union member, you may wish to comment through your union representative.

The closing date for consultation is **${longDate(closes)}**.

### What will happen to my feedback? {#what-happens-to-feedback}

All of the consultation responses will be considered by the Directorate Leadership Team before a final structure is agreed. All of the comments raised during the consultation period will be put together into a feedback document, which will be made available for employees to read. This document will not identify the person who made any comment.

If you do not want your comments to be included in the feedback document, please say so clearly in your response. This means that you may not receive any response to your comments.

## Section 4 – Understanding this consultation document {#understanding-this-document}

Section 5 lists, for each service, the posts proposed for deletion, the posts proposed for creation and the posts that continue. Staff whose posts are shown as deleted should consider themselves to be at risk of redundancy. Staff whose posts are not listed do not need to apply for posts, as their posts continue.

### Job titles {#job-titles}

Job titles in this document are working titles and may change once job descriptions have been evaluated.
`;
}

export const CLOSING_SECTIONS = `## Section 6 – What happens next {#what-happens-next}

An electronic copy of the proposals will be provided to all staff and the recognised unions as part of the consultation.

### Making appointments {#making-appointments}

The process for selecting who to redeploy to new posts forms part of the consultation and will comply with the Council's Redundancy Procedure. All staff will be given a Staff Preference Sheet at each phase of the appointment process so they can indicate their preferred redeployment option to eligible posts. Interviews will be held for the posts included in this restructure where roles change.

Where there is considerable overlap between a single existing post and a single new one, staff assimilations, or "slotting in", will be shown.

Selection for new posts will be from staff identified as being in the ring fence for each post. The ring fence will normally include posts either on the same grade and/or one grade either above or below. The amount of time someone spends on duties in their current role will be taken into account when deciding which posts they are ring fenced for (this is usually on an 80:20 ratio but can vary).

If a preference is for a higher graded post or there are more people expressing a preference than available posts, then a competitive selection process will be necessary and staff will be asked to submit a summary of how they meet the selection criteria. If only one person expresses an interest in a post then they would be slotted into the role if they are able to demonstrate that they meet the selection criteria.

Tier 3 posts will be appointed to first, then tier 4 posts, with the remaining posts to follow. Managers who are unsuccessful in gaining a tier 3 post will be considered along with the ring-fenced employees at tier 4 for the new tier 4 posts.

An economic assessment will be undertaken to determine whether pay protection can be applied, in accordance with the current pay protection policy.

### Relocation {#relocation}

If an employee is due to be relocated from their current place of work they will be entitled to claim excess travelling expenses under the disturbance allowance policy for 4 years from the date they relocate, subject to the conditions of the policy.

### Transitional arrangements {#transitional-arrangements}

Staff will continue to work in their existing job roles, under existing line management, in their existing locations until the new structure is in place.

### Redundancy {#redundancy}

Staff who are unsuccessful in obtaining a post in the new structure will meet Job Finders at the earliest opportunity. Unless there are extenuating circumstances the search period will start 1 week after the employee receives the job finder application form. Where a post is identified that the Council considers to be a reasonable alternative and the employee refuses to take up this post, any entitlement to redundancy will be lost.

Where someone is offered a substantially different post, a trial period of up to 4 weeks will apply.

The Council's policy is to pay redundancy pay at one and a half times statutory weeks on actual pay. Redundant staff will be provided with a calculation of their redundancy pay.

### Requests for Voluntary Redundancy {#voluntary-redundancy}

Tier 3 and 4 managers may put forward expressions of interest in voluntary redundancy on a no-commitment basis. It may not be possible to grant all requests.

### Temporary Employees {#temporary-employees}

Employees on fixed term contracts are consulted in the same way as other staff and have the right not to be selected unfairly for redundancy. If a temporary employee is covering a vacancy as a result of maternity or sickness there is no cessation of work, so a redundancy situation does not arise. Staff need two years' continuous service to receive a redundancy payment.

### Support for Staff {#support-for-staff}

${STAFF_CARE.name} provides confidential advice and support where people are experiencing exceptional work-related problems, on ${STAFF_CARE.phone}. Staff can also discuss matters with their line manager or HR.
`;

export const POLICY_FILES: Readonly<Record<string, string>> = {
  'policies/selection.yaml': `rules:
  - id: ring-fence
    title: Ring fences
    text: >
      Selection for new posts is from staff in the ring fence for each post. The ring fence
      normally includes posts on the same grade and/or one grade either above or below; time
      spent on duties counts, usually on an 80:20 ratio.
    source: making-appointments
    parameters:
      kind: ring-fence
      grades_either_side: 1
      duty_share: 0.8
  - id: slotting-in
    title: Slotting in
    text: >
      Where there is considerable overlap between a single existing post and a single new one,
      the holder is slotted in to the new post.
    source: making-appointments
    parameters:
      kind: slotting-in
  - id: competitive-selection
    title: Competitive selection
    text: >
      A preference for a higher graded post, or more people than posts, means a competitive
      selection process; staff submit a summary of how they meet the selection criteria.
    source: making-appointments
  - id: appointment-order
    title: Order of appointments
    text: Tier 3 posts are appointed to first, then tier 4 posts, then the remaining posts.
    source: making-appointments
    parameters:
      kind: appointment-order
      order: [3, 4, rest]
`,
  'policies/redundancy.yaml': `rules:
  - id: redundancy-pay
    title: Redundancy pay
    text: >
      The Council pays redundancy pay at one and a half times statutory weeks on actual pay.
      Staff need two years' continuous service to receive a redundancy payment.
    source: [redundancy, temporary-employees]
    parameters:
      kind: redundancy-pay
      multiplier: 1.5
      pay_basis: actual
      minimum_service_years: 2
  - id: job-finder
    title: Job Finder
    text: >
      Staff who do not obtain a post meet Job Finders; the search starts 1 week after the job
      finder application form is received.
    source: redundancy
    parameters:
      kind: job-finder
      search_starts_after_days: 7
  - id: trial-period
    title: Trial period
    text: A trial period of up to 4 weeks applies in a substantially different post.
    source: redundancy
    parameters:
      kind: trial-period
      weeks: 4
  - id: refusing-an-offer
    title: Refusing a reasonable alternative
    text: Refusing a post the Council considers a reasonable alternative loses any entitlement to redundancy pay.
    source: redundancy
`,
  'policies/relocation.yaml': `rules:
  - id: disturbance-allowance
    title: Excess travel after relocation
    text: >
      Staff relocated from their current place of work can claim excess travelling expenses
      under the disturbance allowance policy for 4 years from the date they relocate.
    source: relocation
    parameters:
      kind: disturbance-allowance
      years: 4
`,
  'policies/employment.yaml': `rules:
  - id: fixed-term-staff
    title: Fixed-term staff are consulted in the same way
    text: Employees on fixed term contracts are consulted in the same way as other staff.
    source: temporary-employees
  - id: covering-absence-not-redundancy
    title: Covering maternity or sickness is not a redundancy situation
    text: >
      A temporary employee covering maternity or sickness is not in a redundancy situation,
      because the post continues, so no redundancy payment is due.
    source: temporary-employees
  - id: transitional-arrangements
    title: Until the new structure is in place
    text: Staff continue in their existing roles, line management and locations until the new structure is in place.
    source: transitional-arrangements
`,
};

export interface CoreFaq {
  readonly id: string;
  readonly question: string;
  readonly variants: readonly string[];
  readonly tags: readonly string[];
  readonly source: readonly string[];
  readonly answer: string;
}

/** The questions every restructure's FAQ answers, with the document's own answers. */
export const CORE_FAQS: readonly CoreFaq[] = [
  { id: 'how-much-redundancy-pay', question: 'How much redundancy pay will I get?', variants: ['What is the redundancy package?'], tags: ['redundancy', 'pay'], source: ['redundancy'], answer: "The Council pays one and a half times the statutory weeks, on your actual pay. You need two years' continuous service to qualify." },
  { id: 'what-is-the-trial-period', question: 'How long is the trial period in a new post?', variants: ['What if the new job does not suit me?'], tags: ['redeployment'], source: ['redundancy'], answer: 'If you are offered a substantially different post, a trial period of up to 4 weeks applies.' },
  { id: 'refuse-alternative-post', question: "What happens if I turn down a job I'm offered?", variants: ['Can I refuse a redeployment offer and still get redundancy pay?'], tags: ['redundancy', 'redeployment'], source: ['redundancy'], answer: 'If the Council identifies a post it considers a reasonable alternative and you refuse it, you lose any entitlement to redundancy pay.' },
  { id: 'what-is-job-finder', question: 'What is Job Finder?', variants: ['When does the job search start?'], tags: ['redundancy', 'redeployment'], source: ['redundancy'], answer: 'Staff who do not obtain a post meet Job Finders, who look for alternative work in the Council. The search starts 1 week after you receive the job finder application form.' },
  { id: 'what-is-a-ring-fence', question: 'What is a ring fence?', variants: ['Which posts can I be considered for?'], tags: ['selection', 'ring fence'], source: ['making-appointments'], answer: 'A ring fence is the group of current posts whose holders can be considered for a new post. It normally includes posts on the same grade or one grade either above or below; time spent on duties counts, usually on an 80:20 ratio.' },
  { id: 'what-does-slotting-in-mean', question: 'What does slotting in mean?', variants: ['What is assimilation?'], tags: ['selection'], source: ['making-appointments'], answer: 'Where one current post has considerable overlap with one new post, its holder is slotted in to the new post without competition.' },
  { id: 'two-people-want-the-same-post', question: 'What if more people want a post than there are posts?', variants: ['Will there be a competition for the new posts?'], tags: ['selection'], source: ['making-appointments'], answer: 'Then there is a competitive selection process, and you will be asked for a summary of how you meet the selection criteria.' },
  { id: 'what-is-the-preference-sheet', question: 'What is a Staff Preference Sheet?', variants: ['How do I say which new posts I want?'], tags: ['selection', 'timeline'], source: ['making-appointments'], answer: 'At each phase of the appointments you get a Staff Preference Sheet to say which of the posts you are eligible for you would prefer.' },
  { id: 'when-does-consultation-close', question: 'When does the consultation close?', variants: ['What is the deadline for comments?'], tags: ['consultation', 'timeline'], source: ['consultation-dates', 'how-to-respond'], answer: 'The closing date is given in the consultation dates section; send your views before then.' },
  { id: 'are-my-comments-anonymous', question: 'Will my comments be anonymous?', variants: ['Will people know what I said in the consultation?'], tags: ['consultation'], source: ['what-happens-to-feedback'], answer: 'The feedback document will not identify the person who made any comment.' },
  { id: 'travel-expenses-if-relocated', question: 'Can I claim extra travel costs if my base moves?', variants: ['What is the disturbance allowance?'], tags: ['relocation'], source: ['relocation'], answer: 'If you are relocated you can claim excess travelling expenses under the disturbance allowance policy for 4 years from the date you relocate.' },
  { id: 'can-i-ask-for-voluntary-redundancy', question: 'Can I ask for voluntary redundancy?', variants: ['Is VR available?'], tags: ['redundancy'], source: ['voluntary-redundancy'], answer: 'Tier 3 and 4 managers may put forward expressions of interest in voluntary redundancy on a no-commitment basis; not all requests can be granted.' },
  { id: 'fixed-term-contract', question: 'I am on a fixed-term contract. Am I consulted too?', variants: ['Do temporary staff get a say?'], tags: ['consultation'], source: ['temporary-employees'], answer: 'Yes. Employees on fixed term contracts are consulted in the same way as other staff.' },
  { id: 'covering-maternity-or-sickness', question: 'I am covering maternity leave. Could I be made redundant?', variants: ['What about staff covering sickness absence?'], tags: ['redundancy'], source: ['temporary-employees'], answer: 'If you are covering maternity or sickness, the post continues, so a redundancy situation does not arise and no redundancy payment is due.' },
  { id: 'who-do-i-talk-to', question: 'Who can I talk to about the proposals?', variants: ['Where can I get support?'], tags: ['support'], source: ['more-information', 'support-for-staff'], answer: 'Talk to your line manager or HR. Staff Care Services offer confidential advice and support.' },
];
