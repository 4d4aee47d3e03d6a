import { describe, expect, it } from 'vitest';
import { countsWhatIsAsked, whyNotAnswered } from '../../src/assistant/answer-checks.js';
import { chooseHit, CONFIDENCE_THRESHOLD, questionPart } from '../../src/assistant/answer-general.js';
import { buildSearchIndex, type SearchHit } from '../../src/search/search-index.js';
import { shippedAnalyzer } from '../../src/search/shipped-analyzer.js';
import { day, sample } from '../helpers/sample.js';

const { pack, assistant } = sample();
const faq = pack.faqs[0];
const rule = pack.policies[0];
if (!faq || !rule) throw new Error('the sample pack has FAQs and policy rules');

const faqHit = (coverage: number, titleCoverage: number): SearchHit => ({
  doc: { kind: 'faq', id: `faq:${faq.id}`, faq },
  score: 1,
  coverage,
  titleCoverage,
  matchedTerms: [],
});
const ruleHit = (coverage: number): SearchHit => ({
  doc: { kind: 'policy', id: `policy:${rule.id}`, rule },
  score: 2,
  coverage,
  titleCoverage: coverage,
  matchedTerms: [],
});

describe('chooseHit', () => {
  it('takes the best hit when there is no FAQ to prefer', () => {
    expect(chooseHit([ruleHit(0.8)])?.doc.kind).toBe('policy');
    expect(chooseHit([])).toBeNull();
  });

  it('prefers an FAQ whose question matches and which covers nearly as much as the best hit', () => {
    expect(chooseHit([ruleHit(0.8), faqHit(0.77, 0.5)])?.doc.kind).toBe('faq');
  });

  it('does not prefer an FAQ that covers clearly less, is below the threshold, or matched only in its answer', () => {
    expect(chooseHit([ruleHit(0.8), faqHit(0.6, 0.5)])?.doc.kind).toBe('policy');
    expect(chooseHit([ruleHit(CONFIDENCE_THRESHOLD), faqHit(CONFIDENCE_THRESHOLD - 0.01, 0.3)])?.doc.kind).toBe('policy');
    expect(chooseHit([ruleHit(0.8), faqHit(0.8, 0)])?.doc.kind).toBe('policy');
  });
});

describe('answers and abstentions in staff wording (sample pack)', () => {
  const ask = (q: string) => assistant.reply(q, { employeeId: null, isHr: false }, day('2011-02-01'));

  it.each([
    ['post on the deletion list = sacked?', 'at risk of redundancy'],
    ['is there a payout if i turn down a reasonable alternative job', 'entitlement to redundancy'],
    ['what happens in the meantime, who is my boss', 'existing line management'],
    ['when is the cut off date for comments', '4 April 2011'],
    ['is it one pref sheet or do we fill one in every round', 'Staff Preference Sheet'],
  ])('%j is answered, with %j', (question, fact) => {
    const reply = ask(question);
    expect(reply.abstained).toBe(false);
    expect(reply.text).toContain(fact);
    expect(reply.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
  });

  it.each([
    'can i work from home in the new structure',
    'how do i get my payslip emailed to me',
    'is there a gym membership discount for staff',
  ])('%j is abstained on: the pack names none of it', (question) => {
    const reply = ask(question);
    expect(reply.abstained).toBe(true);
    expect(reply.sources).toEqual([]);
  });

  // Each of these matches an entry well on its other words; the check after search is
  // what stops the answer. The last of each pair shows the same words are otherwise answered.
  it.each([
    ['how many days of annual leave do community hub workers get', 'how many community hub workers will there be'],
    ['how much does a session at the hub cost in £', 'what happens at the hubs'],
    ['when does swindon council close its consultation', 'when does the council close its consultation'],
  ])('%j is abstained on; %j is answered', (outOfScope, inScope) => {
    expect(ask(outOfScope).abstained).toBe(true);
    expect(ask(inScope).abstained).toBe(false);
  });
});

describe('the nearest entry, named when the assistant abstains', () => {
  const ask = (q: string) => assistant.reply(q, { employeeId: null, isHr: false }, day('2011-02-01'));

  it('names the nearest FAQ as a question to ask, without quoting its answer or citing it', () => {
    const reply = ask('r there going to be interviews or is it all chats over coffee');
    expect(reply.abstained).toBe(true);
    expect(reply.text).toContain('The nearest thing I found is “Will there be interviews?”');
    expect(reply.nearest).toBe('Will there be interviews?');
    const faq = pack.faqs.find((f) => f.question === 'Will there be interviews?');
    expect(faq).toBeDefined();
    expect(reply.text).not.toContain(faq?.answer.trim().slice(0, 40));
    expect(reply.sources).toEqual([]);
    // Asked in those words, it is answered.
    expect(ask('Will there be interviews?').abstained).toBe(false);
  });

  it('names nothing for a topic the pack does not cover, or when nothing is near', () => {
    for (const question of ['how many days of annual leave do community hub workers get', "what's the weather like on saturday"]) {
      const reply = ask(question);
      expect(reply.abstained).toBe(true);
      expect(reply.text).not.toContain('nearest thing');
      expect(reply.nearest).toBeUndefined();
    }
  });
});

describe('a long message with its question inside', () => {
  const ask = (q: string) => assistant.reply(q, { employeeId: null, isHr: false }, day('2011-02-01'));
  const venting = 'I have worked here for 15 years and honestly I am so stressed and angry about all of this, nobody tells us anything and my manager just shrugs at me every single time.';

  it('takes the sentences that ask, and nothing from a short message or one that only asks', () => {
    expect(questionPart(`${venting} When is the last day I can send in my comments?`)).toBe('When is the last day I can send in my comments?');
    expect(questionPart('When is the last day I can send in my comments?')).toBeNull();
    expect(questionPart(venting)).toBeNull();
    expect(questionPart(`${venting} So go on then, is riverside staying open or not`)).toBe('So go on then, is riverside staying open or not');
  });

  it('answers the question a long message asks, and still abstains when the pack cannot answer it', () => {
    const answered = ask(`${venting} When is the last day I can send in my comments?`);
    expect(answered.abstained).toBe(false);
    expect(answered.text).toContain('4 April');
    expect(ask(`${venting} Is there a staff discount at the gym?`).abstained).toBe(true);
  });
});

describe('whyNotAnswered', () => {
  const index = buildSearchIndex(pack, shippedAnalyzer());
  // As if the entry matched every term of the question that its text uses.
  const why = (question: string, answerText: string) => {
    const terms = index.terms(question);
    const inAnswer = new Set(index.terms(answerText));
    return whyNotAnswered(index, question, terms, answerText, terms.filter((t) => inAnswer.has(t)), pack.consultation.organisation);
  };

  it('names a topic the pack never mentions, a sum it does not state and an institution it never names', () => {
    expect(why('is annual leave affected', 'Leave is ...')).toBe('unknown-topic');
    expect(why('can i appeal if im not selected', 'Selection is by interview.')).toBe('unknown-topic');
    expect(why('how much is a G10 salary in pounds', 'Grade 10 posts ...')).toBe('no-amount');
    expect(why('whats the mileage rate for excess travel', 'You can claim excess travel for 4 years.')).toBe('no-amount');
    expect(why("is there a cap on a week's pay for redundancy", 'Redundancy pay is 1.5 times statutory weeks on actual pay.')).toBe('no-amount');
    // "Paid" is pay: what a post is paid is a sum, whichever form of the word asks it.
    expect(why('how much will hub workers get paid', 'Community Hub Workers are on G8.')).toBe('no-amount');
    expect(why('how much does it cost', 'It costs £150,000 a year.')).toBeNull();
    // What someone costs as a selection criterion is not a sum of money.
    expect(why('does how much you cost come into choosing between people', 'Selection is on current role, cost and match.')).toBeNull();
    expect(why('how much notice do we get', 'Notice is 12 weeks.')).toBeNull();
    expect(why('is cheney school changing', 'Schools ...')).toBe('unknown-institution');
    expect(why('how does luton cc do it', 'The council ...')).toBe('unknown-institution');
    expect(why('is the county council changing', 'The council ...')).toBeNull();
  });

  it('wants the value a question asks for in a sentence about what it asks', () => {
    const jobFinder = 'Displaced staff are referred to Job Finder for the duration of their notice. The Job Finder search starts 1 week after the form.';
    expect(why('how long is the notice', jobFinder)).toBe('no-value');
    expect(why('how long is the job finder search', jobFinder)).toBeNull();
    expect(why('how long is the trial period', 'A trial period of up to 4\nweeks will apply.')).toBeNull();
    expect(why('once it closes how long before the structure is final', 'The final structure is to be issued by the end of April 2011.')).toBeNull();
    expect(why('what date does the new structure go live', 'The new structure is to be issued by the end of April 2011.')).toBeNull();
    expect(why('what date does the new structure go live', 'The new structure will be developed with staff. Staff may comment until 4 April.')).toBe('no-value');
    expect(why('how many hubs will there be', 'There will be seven hubs.')).toBeNull();
    expect(why('how many hubs will there be', 'Hubs will work with schools. Two posts are deleted.')).toBe('no-value');
    expect(why('whats the phone number for HR', 'Ask HR: Tim Barnett (01865 323368).')).toBeNull();
    expect(why('whats the phone number for the hub', 'The hub opens in Didcot.')).toBe('no-value');
  });

  it('reads a length of time, a count, a grade and a contact the way answers give them', () => {
    expect(why('how long does the consultation run', 'The consultation starts on 1 February and closes on 4 April 2011.')).toBeNull();
    // Asking whether, not how long: yes or no and why is the answer.
    expect(why('for temps covering sickness, does it matter how long they have been in post', 'Temps covering sickness are not at risk.')).toBeNull();
    expect(why('how many people fit in the briefing room', 'The briefing room is booked for 21 February at 10.30 am.')).toBe('no-value');
    expect(why('what grade is the head of service post', 'The head of service post is new.')).toBe('no-value');
    expect(why('what grade is the head of service post', 'The head of service post is G15.')).toBeNull();
    expect(why('whats the email for the consultation', 'Send views on the consultation to views@example.org.')).toBeNull();
    expect(why('whats the email for the consultation', 'Send views on the consultation by post.')).toBe('no-value');
    expect(why('if i email my views will the consultation name me', 'Views on the consultation are anonymous.')).toBeNull();
    // The phone someone reads on is not a phone number they ask for.
    expect(why('wots the email for sending our views, cant find it on my phone', 'Send views on the consultation to views@example.org.')).toBeNull();
    expect(why('wots the phone number for sending our views', 'Send views on the consultation to views@example.org.')).toBe('no-value');
    // Someone else's number is not the number asked for.
    expect(why('phone number for liz franklin', 'Call Tim Barnett on 01865 323368.')).toBe('no-value');
    expect(why('who has been appointed to the safeguarding manager post', 'The safeguarding manager post is new.')).toBe('no-value');
    expect(why('who has been appointed to the safeguarding manager post', 'The safeguarding manager post went to Jane Smith.')).toBeNull();
    expect(why('who reads the responses', 'The responses are read by the leadership team.')).toBeNull();
    // Who was picked, chosen or lined up for a post asks for a name as much as who was appointed.
    expect(why("who's been lined up for the safeguarding manager job", 'The safeguarding manager post is new.')).toBe('no-value');
    expect(why('has anyone been picked for the hub manager job yet, who is it', 'The hub manager post is new.')).toBe('no-value');
    expect(why('who has been chosen as hub manager', 'The hub manager post went to Jane Smith.')).toBeNull();
    expect(why("who's actually been appointed to the safeguarding manager post", 'The safeguarding manager post is new.')).toBe('no-value');
    expect(why("the new safeguarding manager, what's their name", 'The safeguarding manager post is new.')).toBe('no-value');
  });

  it('tells an answer that counts what is asked from one that counts something else', () => {
    expect(countsWhatIsAsked(index, 'how many hubs r there gonna be and where', 'It is proposed that there are seven hubs across the county.')).toBe(true);
    expect(countsWhatIsAsked(index, 'how many EI hubs will there be', 'The service works from seven hubs.')).toBe(true);
    // Seventy workers are not a number of hubs, and "manage one hub" counts nothing.
    expect(countsWhatIsAsked(index, 'how many hubs r there', 'There are 70 Community Hub Workers.')).toBe(false);
    expect(countsWhatIsAsked(index, 'how many hubs r there', 'Each manager will set up and manage one hub.')).toBe(false);
    // A tier or a date is a label, not a count.
    expect(countsWhatIsAsked(index, 'how many hubs r there', 'Tier 3 hubs open on 21 February 2011.')).toBe(false);
    // Not a count of a thing: nothing to tell apart.
    expect(countsWhatIsAsked(index, 'where are the hubs', 'There are seven hubs.')).toBeNull();
    expect(countsWhatIsAsked(index, 'are there more than 5 hubs, how many', 'There are seven hubs.')).toBeNull();
  });

  it('answers a short count question from the entry that gives the count, not from one that matches as well', () => {
    for (const question of ['how many hubs r there gonna be and where', 'how many of these hub things are there going to be']) {
      const reply = assistant.reply(question, { employeeId: null, isHr: false }, day('2011-02-14'));
      expect(reply.abstained).toBe(false);
      expect(reply.text).toContain('seven hubs');
    }
  });

  it('takes a count from an earlier round and a website as values the answer must give', () => {
    expect(why('how many people took voluntary redundancy last time', 'Voluntary redundancy may be considered in 40 cases.')).toBe('no-value');
    expect(why("what's the redundancy calculator website", 'Redundancy pay is one and a half times statutory weeks.')).toBe('no-value');
    expect(why("what's the redundancy calculator website", 'Use the calculator at https://www.gov.uk/calculate-your-redundancy-pay.')).toBeNull();
  });

  it('wants the answer to name the topic whose deadline is asked for, when it is a named topic', () => {
    const close = 'The consultation closes on Monday 4 April 2011.';
    expect(why('deadline for VR?', close)).toBe('no-value');
    expect(why('whats the deadline for the preference sheet', close)).toBe('no-value');
    expect(why('deadline for VR?', 'Voluntary redundancy requests are due by 4 March 2011.')).toBeNull();
    // What is sent in by the closing date has many names; any answer giving the date will do.
    expect(why('whats the deadline for comments', close)).toBeNull();
  });

  it('asks for a name when asked who will chair, and for a running total when asked how many have come in', () => {
    expect(why('who will chair the interview panels', 'Interviews are held by a panel for each post.')).toBe('no-value');
    expect(why('how many applications for the tier 3 posts have come in', 'There are 12 tier 3 posts.')).toBe('no-value');
  });

  it('wants the answer to name what is coming out when asked when it comes out', () => {
    const inspection = 'The Youth Justice Inspection will be undertaken in February 2011.';
    expect(why('when will the youth justice inspection report come out', inspection)).toBe('no-value');
    expect(why('when is the youth justice inspection report coming out', 'The inspection report will be published in May 2011.')).toBeNull();
    expect(why('when will the structures for the rest of the directorate be published', 'Structures for other services will be published as soon as possible.')).toBeNull();
  });

  it("wants a date beside the event when asked when the next one is", () => {
    const centres = "Children's centres will be reviewed next year. The review starts in April 2012.";
    expect(why("when's the next ofsted inspection of the childrens centres", centres)).toBe('no-value');
    expect(why("when's the next ofsted inspection of the childrens centres", 'The next Ofsted inspection of the centres is in May 2012.')).toBeNull();
  });

  it('takes a budget, spending and an amount per child as asking for money, and venue access as a topic the pack lacks', () => {
    expect(why('whats the budget for riverside next year', 'Riverside will continue.')).toBe('no-amount');
    expect(why('how much did they spend on the review', 'The review found too many layers.')).toBe('no-amount');
    expect(why('how much pupil premium does a school get per child', 'The Pupil Premium supports children.')).toBe('no-amount');
    expect(why('is the town hall wheelchair accessible', 'The briefing is at the Town Hall.')).toBe('unknown-topic');
    expect(why('will the briefings be filmed', 'The briefing is at the Town Hall.')).toBe('unknown-topic');
    expect(why('where do we park for the briefing', 'The briefing is at the Town Hall.')).toBe('unknown-topic');
  });

  it('takes building works, inspection grades, caseload limits and libraries as topics the pack lacks', () => {
    const hub = 'The Bicester hub will be based at the Courtyard.';
    expect(why('will the courtyard be done up before the hub team moves in', hub)).toBe('unknown-topic');
    expect(why('what did ofsted grade our safeguarding services', 'Safeguarding services will be reshaped.')).toBe('unknown-topic');
    expect(why('will there be a caseload cap for social workers', 'Social workers will join the new teams.')).toBe('unknown-topic');
    expect(why('is abingdon library closing too', 'The consultation closes on 4 April.')).toBe('unknown-topic');
    // The work itself is a topic the pack describes; only a limit on it is not.
    expect(why('the intensive NEET caseload work - central team or hubs?', 'Intensive work for NEET young people moves to the hubs.')).toBeNull();
  });

  it('wants a count or a length beside the thing counted, and a count of something the pack never names is not in it', () => {
    const jobFinder = 'You are referred to Job Finder for the duration of your notice period. Redundancy pay is 1.5 times the statutory weeks.';
    expect(why('how many weeks notice do you get if made redundant', jobFinder)).toBe('no-value');
    expect(why('how long is the notice period if made redundant', jobFinder)).toBe('no-value');
    expect(why('how long is the notice period if made redundant', 'The notice period is 12 weeks.')).toBeNull();
    expect(why('how many zorbles does a G15 need', 'Youth Manager: 1 post at G15.')).toBe('no-value');
    // Staff's short form is not the answer's word: the topic they share decides.
    expect(why('how many TLs does each hub get', 'Each hub has 2 team leaders.')).toBeNull();
    expect(why('who do the hub managers report to and how many does each one have', 'Each hub manager has 3 team leaders.')).toBeNull();
  });

  it('wants the day itself when asked for the exact date', () => {
    const inspection = 'Changes will take account of the Youth Justice Inspection in February 2011.';
    expect(why('what exact date in february is the youth justice inspection', inspection)).toBe('no-value');
    expect(why('what date is the youth justice inspection', inspection)).toBeNull();
    expect(why('what day is the wantage briefing', 'The Wantage briefing is on Wednesday 16 February.')).toBeNull();
  });

  it('wants a count written as a number, not "a" or a label such as "Option 1" or "Tier 5"', () => {
    const admin = 'The admin review is a separate review and will result in fewer posts. Option 1 is preferred for admin staff.';
    expect(why('how many admin posts will go in the admin review', admin)).toBe('no-value');
    expect(why('how many tier 5 posts are there for school improvement', 'School improvement has Tier 5 posts.')).toBe('no-value');
    expect(why('how many tier 5 posts are there for school improvement', 'School improvement has 10 Tier 5 posts.')).toBeNull();
    // A count that names no noun may stand beside any topic the answer shares with the question.
    const officers = 'School Improvement Officers (10 Tier 5 posts). Their work will be directed by the Standards and Progress Managers.';
    expect(why('school improvement officers - how many and who directs their work', officers)).toBeNull();
    // "How many times" asks how often.
    expect(why('how many times do we fill in the preference sheet', 'A Staff Preference Sheet is completed at each phase.')).toBeNull();
  });

  it('wants a percentage as a percentage, and the winner of a contract by name', () => {
    const cuts = 'The directorate will lose 12 posts at tier 3.';
    expect(why("what percentage of the directorate's staff will lose their jobs", cuts)).toBe('no-value');
    expect(why("what percentage of the directorate's staff will lose their jobs", 'The directorate will lose 5% of its posts.')).toBeNull();
    const careers = 'The careers service will be re-commissioned from an external provider.';
    expect(why('which company won the careers service contract', careers)).toBe('no-value');
    expect(why('whos won the careers service contract', careers)).toBe('no-value');
    // Any "which company" asks for a name, whatever it is doing: winning, taking over, running.
    expect(why('which company is taking over the careers advice work', careers)).toBe('no-value');
    expect(why('which company is taking over the careers advice work', 'The careers advice work goes to Prospects Ltd.')).toBeNull();
  });

  it('wants a name when asked who heads or manages something, and accepts a named person', () => {
    const yos = 'The Youth Offending Service management arrangements will be considered after the inspection.';
    expect(why('who is the current head of the youth offending service', yos)).toBe('no-value');
    expect(why("who's going to be the manager of the youth offending service", yos)).toBe('no-value');
    expect(why('who is the current head of the youth offending service', 'The Youth Offending Service is led by Mary Jones.')).toBeNull();
    // Who someone reports to in the meantime is answered by a role, not a name.
    expect(why("in the meantime who's our boss till it all goes live?", 'Staff stay under existing line management until the new structure starts.')).toBeNull();
  });

  it('takes pay per year and what someone will pay as asking for money, but not redundancy pay', () => {
    const grades = 'The new posts are graded G10 and G12, subject to evaluation.';
    expect(why('how much does a G10 actually pay per year', grades)).toBe('no-amount');
    const charge = 'A charge for short breaks, based on ability to pay, will be explored.';
    expect(why('if they bring in a charge for short breaks how much will families pay', charge)).toBe('no-amount');
    // Redundancy pay is given as weeks of pay, which answers "how much".
    expect(why('how much will my redundancy pay be', 'Redundancy pay is 1.5 times the statutory weeks on actual pay.')).toBeNull();
  });

  it("takes a council of another kind than the pack's own as another employer", () => {
    const cuts = 'The council must make savings, and this restructure is part of that.';
    expect(why('is oxford city council restructuring as well', cuts)).toBe('unknown-institution');
    expect(why('are the district councils making cuts too', cuts)).toBe('unknown-institution');
    // The pack's own organisation is a county council.
    expect(why('why is the county council restructuring', cuts)).toBeNull();
  });

  it('takes any named budget as asking for money, and who chairs something as asking for a name', () => {
    expect(why('whats the running budget for the didcot hub next year', 'The Didcot hub will open in the Vibe.')).toBe('no-amount');
    expect(why('who chairs the safeguarding children board', 'The safeguarding children board oversees safeguarding.')).toBe('no-value');
  });

  it('wants what a named thing is when asked what counts as it or what exactly it is', () => {
    const relocate = 'If people cannot move due to exceptional circumstances, this will be considered on an individual basis.';
    expect(why('what counts as exceptional circumstances for not relocating', relocate)).toBe('no-value');
    expect(why('what counts as exceptional circumstances for not relocating', 'Exceptional circumstances include caring for a disabled relative.')).toBeNull();
    const ksm = 'Selection is on current role, cost and match with the person specification, including the competencies agreed as part of the Key Service Manager process.';
    expect(why('what exactly are the key service manager competencies', ksm)).toBe('no-value');
    expect(why('what are the six tests of organisational effectiveness', 'We used the six tests of organisational effectiveness to guide us.')).toBe('no-value');
    // Asked without "exactly" or "counts as", the selection criteria are answered by what they are.
    expect(why('what are the selection criteria', ksm)).toBeNull();
    expect(why('whats actually in the corporate parenting strategy', 'The manager will lead the Corporate Parenting Strategy.')).toBe('no-value');
    expect(why('whats in the corporate parenting strategy', 'The Corporate Parenting Strategy includes placement sufficiency.')).toBeNull();
    // Asking to see the list of a thing asks what is on it.
    expect(why('can i get the full list of the six tests', 'We used the six tests of organisational effectiveness to guide us.')).toBe('no-value');
    expect(why('can i see the list of tests', 'The tests are clarity, accountability and focus.')).toBeNull();
    // "What in the feedback" asks who said what, not what the feedback contains.
    expect(why('will management know who said what in the feedback', 'The feedback document will not identify the person who made any comment.')).toBeNull();
  });

  it('wants a rate or a budget per head as money, and a name when asked who sits on a panel or has been named', () => {
    const traded = 'A traded model for the educational psychology service will go to Schools Forum.';
    expect(why('what will schools be charged per day for the traded ed psych service', traded)).toBe('no-amount');
    expect(why('whats the subsistence rate for lunch on a training day', 'Training will be offered to hub staff.')).toBe('no-amount');
    expect(why("what's the training budget per social worker", 'Training will be offered to social workers.')).toBe('no-amount');
    expect(why('who sits on the interview panel for the tier 4 jobs', 'Interviews will be held for tier 4 posts where roles change.')).toBe('no-value');
    expect(why('has anyone been named for the corporate parenting manager job yet', 'A Corporate Parenting Manager post is proposed.')).toBe('no-value');
  });

  it('wants how long something lasts from an answer that names it', () => {
    const service = "Staff need two years' continuous service to qualify for redundancy pay.";
    expect(why("how long is the notice period for someone with 10 years' service", service)).toBe('no-value');
    expect(why("how long is the notice period for someone with 10 years' service", 'The notice period is 10 weeks for 10 years of service.')).toBeNull();
  });

  it('wants a date when asked when money will be paid', () => {
    const pay = 'Redundancy pay is 1.5 times the statutory weeks on actual pay.';
    expect(why('when will the redundancy money actually be paid', pay)).toBe('no-value');
    expect(why('when will the redundancy money actually be paid', 'Redundancy pay is paid with the final salary in April 2011.')).toBeNull();
  });

  it('wants a count of people to count people, staff or posts', () => {
    const briefings = 'The Director will lead five briefing sessions. Venues have maximum capacity.';
    expect(why('how many people fit in the town hall for the briefing', briefings)).toBe('no-value');
    expect(why('how many people will work in each hub', 'Each hub would have a team of 17 staff.')).toBeNull();
  });

  it('does not take a running total from a pack written before it', () => {
    expect(why('how many people have applied for voluntary redundancy so far', 'Ten people applied for voluntary redundancy in 2008.')).toBe('no-value');
    expect(why('how many people applied for voluntary redundancy in 2008', 'Ten people applied for voluntary redundancy in 2008.')).toBeNull();
  });

  it('takes a post\'s capitalised title for a post, not for the person who holds it', () => {
    expect(why('who has been appointed deputy director', "The Deputy Director Children's Social Care post is agreed.")).toBe('no-value');
    expect(why('who has been appointed educational transformation manager', 'The Educational Transformation Manager will lead.')).toBe('no-value');
    expect(why('who is the unison rep for the directorate', 'The Branch Secretaries of all the Unions were briefed.')).toBe('no-value');
    expect(why('who is the unison rep for the directorate', 'Ask Liz Franklin, the Unison rep for the directorate.')).toBeNull();
    // "Which rep" asks who as much as "who is the rep" does.
    expect(why('which unison rep looks after the directorate', 'The Branch Secretaries of all the Unions were briefed.')).toBe('no-value');
    expect(why('which rep covers the directorate', 'Ask Liz Franklin, the Unison rep for the directorate.')).toBeNull();
  });

  it('reads "what is the ... number" as asking for a phone number, and an hourly rate or a salary as money', () => {
    expect(why("what's the out of hours team number", 'The out of hours team covers nights.')).toBe('no-value');
    expect(why("what's the out of hours team number", 'The out of hours team is on 0845 050 7666.')).toBeNull();
    expect(why('what is the number of posts in the hub', 'The hub has 17 posts.')).toBeNull();
    expect(why('what is the hourly rate for the apprentice', 'Apprentice: 1 post, Minimum Wage.')).toBe('no-amount');
    expect(why('what is the salary for a G10', 'G10 posts are new.')).toBe('no-amount');
  });

  it('wants the number of the service asked about, and reads any kind of grade question as one', () => {
    const talkTo = 'Contact Tim Barnett, HR Lead (01865 323368).';
    expect(why('whats the phone number for the job finder team', talkTo)).toBe('no-value');
    expect(why("who's the HR lead for the restructure and what's their number", talkTo)).toBeNull();
    expect(why('what job grade did the new hub posts get', 'The new hub posts are being evaluated.')).toBe('no-value');
    // An Ofsted grade is a topic the pack never gives, whatever the entry.
    expect(why('what ofsted grade did the council get', 'Schools prepare for Ofsted inspections.')).toBe('unknown-topic');
  });

  it('wants travel costs for a trip the job makes to be spoken of with that trip, not excess travel after a move', () => {
    const excessTravel = 'If your base moves, you can claim excess travel for 4 years.';
    expect(why('can i claim mileage for driving to the wantage briefing', excessTravel)).toBe('no-value');
    expect(why('do we get our travel expenses back for going to a briefing session', excessTravel)).toBe('no-value');
    expect(why('how do i claim mileage for home visits', excessTravel)).toBe('no-value');
    expect(why('can i claim mileage for the briefing', 'Mileage to the briefing sessions can be claimed.')).toBeNull();
    expect(why('if my base moves can i claim the extra travel', excessTravel)).toBeNull();
  });

  it('reads how much notice as a length of time, a cap on weekly pay as money, and wants the postcode of the place named', () => {
    const jobFinder = 'You are referred to Job Finder for the duration of your notice period. The search starts 1 week after the form.';
    expect(why('how much notice do people get if they are made redundant', jobFinder)).toBe('no-value');
    expect(why('is there a cap on the weekly pay they use for redundancy', 'Redundancy pay uses actual weekly pay.')).toBe('no-amount');
    const venues = 'Briefing on Thursday 17 February: Langdale Hall, Market Square, Witney OX28 6AB.';
    expect(why('postcode for the witney session', venues)).toBeNull();
    expect(why('whats the postcode for didcot vibe', `${venues} The hubs include Didcot Vibe.`)).toBe('no-value');
  });

  it('takes service with another employer as outside the pack', () => {
    expect(why('does time i worked at another council count towards the 2 years', 'Redundancy pay needs 2 years of continuous service.')).toBe('unknown-institution');
  });

  it('wants a web address for a link', () => {
    expect(why('can someone send me the link to HR toolkit 10', 'Read HR Toolkit 10 on redundancy.')).toBe('no-value');
    expect(why('link to the consultation doc', 'The consultation document is on the intranet at http://intranet.example/consultation.')).toBeNull();
  });

  it('wants what a review or an inspection found, not only that it took place', () => {
    expect(why('what did the youth justice inspection find', 'Arrangements will take account of the planned Youth Justice Inspection in February.')).toBe('no-value');
    expect(why('what came out of the big debate sessions', 'Big Debate sessions were held in September.')).toBe('no-value');
    expect(why('what did the management review find', 'The management review found that some managers had up to 14 direct reports.')).toBeNull();
    expect(why('what did i say in my response', 'Responses are anonymous.')).toBeNull();
    // How a decision went, asked of a pack written before it was taken.
    const forum = 'A traded model for educational psychology will go to Schools Forum in March.';
    expect(why('did schools forum go for the traded model in the end', forum)).toBe('no-value');
    expect(why('what did schools forum decide about the traded model', forum)).toBe('no-value');
    expect(why('what did schools forum decide about the traded model', 'Schools Forum agreed the traded model in January.')).toBeNull();
  });

  it('names another institution only when a name comes right before the noun', () => {
    expect(why('can redeployment be to a partner organisation or only inside the council', 'Job Finder looks within the council and partner organisations.')).toBeNull();
    expect(why('is cheltenham council doing this', 'The council is redesigning its services.')).toBe('unknown-institution');
    const jobFinder = 'Job Finder looks for posts within the council.';
    // "inside the county council" is the council's own name; "the nhs or is it council jobs" puts no name before "council".
    expect(why('does job finder only look for jobs inside the county council', jobFinder)).toBeNull();
    expect(why('could job finder get me something with the nhs or is it council jobs only', jobFinder)).toBeNull();
    // A phrase ending before the noun is read whole: ring fences are no council called "fences".
    expect(why('are ring fences council wide', 'Ring fences are within the directorate.')).toBeNull();
    // The name may be the second of two words before the noun.
    expect(why('is the county merging services with west oxfordshire district council', 'The county is merging services.')).toBe('unknown-institution');
  });

  it('takes a flexitime balance as a topic the pack lacks, and flexitime as a work pattern it covers', () => {
    expect(why('can i carry my flexi balance over to the new team', 'Existing work patterns will be accommodated.')).toBe('unknown-topic');
    expect(why('can i keep my flexitime in the new team', 'Existing work patterns will be accommodated.')).toBeNull();
  });
});
