import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, oneEditApart } from '../../src/search/analyzer.js';
import { LexiconError, loadLexicon, parseLexicon } from '../../src/search/lexicon.js';
import { shippedAnalyzer } from '../../src/search/shipped-analyzer.js';

const analyzer = createAnalyzer(loadLexicon());
const analyze = (text: string) => analyzer.analyze(text);

describe('analyze: golden table (shipped lexicon)', () => {
  // [input, expected terms, why the case matters]
  const golden: [string, string[], string][] = [
    // Ring fences: open, hyphenated, closed and inflected forms are one term.
    ['Am I ring-fenced?', ['ringfence'], 'hyphen + inflection; "am", "i" are stop words'],
    ['the ring fence for each post', ['ringfence', 'post'], 'the document wording of the same idea'],
    ['Which posts am I ringfenced for?', ['post', 'ringfence'], 'closed compound'],
    ['ring\nfence', ['ringfence'], 'a line break inside a phrase in a wrapped document'],
    ['a ring. Fence posts', ['ring', 'fenc', 'post'], 'a full stop between the words is not the phrase'],
    ['which selection pool am I in', ['ringfence'], 'the FAQ calls the ring fence a selection pool'],
    ['which grades could I be pooled for', ['grade', 'ringfence'], 'staff call being in a ring fence being pooled'],
    ['is adult social care restructuring next', ['adultsocialcare', 'restructure', 'next'], "another directorate's services are one topic"],
    ['how many hay points makes a G15', ['haypoints', 'g15'], 'the points a Hay evaluation gives, which the pack never states'],
    ['do I need a degree for it', ['need', 'qualifications'], 'what a post requires, which the pack leaves to person specifications'],
    ['who picks up LADO work', ['responsiblefor', 'lado', 'work'], 'picking up work is taking it on, not picking people'],
    ['if i get a disciplinary', ['disciplinaryaction'], 'a disciplinary is a procedure the pack does not cover'],
    ['a multi-disciplinary approach', ['multi', 'disciplinari', 'approach'], 'multi-disciplinary working is not a disciplinary'],
    ['should I get legal advice', ['legaladvice'], 'legal advice is outside the pack'],
    ['do i have a legal right to be consulted', ['legaladvice', 'consult'], 'what the law requires is legal advice'],
    ['is redundancy pay just the legal minimum', ['redundancypay', 'redundancy', 'pay', 'legal', 'minimum'], 'the legal minimum is statutory pay, not legal advice'],
    ['what do they pick people on at the panel', ['select', 'peopl', 'select'], 'the panel is where people are picked'],
    ['which team holds s17 cases', ['team', 'hold', 'section', '17', 'childreninneed', 'case'], 'social workers name children in need by the Act\'s section'],
    ['do I qualify for redundancy pay', ['qualifi', 'redundancypay', 'redundancy', 'pay'], 'qualifying for pay is not a qualification'],
    ['whats the prefrence sheet', ['preferencesheet', 'prefer'], 'a common misspelling of preference'],
    // Slotting in and assimilation.
    ['I was assimilated', ['assimilation'], 'the formal word'],
    ['Will I be slotted into the role?', ['assimilation', 'post'], 'the informal phrase, and role -> post'],
    ['my interview slot', ['interview', 'slot'], 'a bare "slot" is not slotting in'],
    // Voluntary redundancy, at risk and redundancy stay distinct concepts.
    ['Can I ask for VR?', ['ask', 'voluntaryredundancy', 'redundancy'], 'VR is voluntary redundancy, which is also redundancy'],
    ['Is my post at risk?', ['post', 'atrisk'], '"at" is a stop word but "at risk" is a concept'],
    ['what happens to displaced staff', ['happen', 'atrisk', 'staff'], 'the document calls unplaced staff displaced'],
    ['at risk of redundancy', ['atrisk', 'redundancy'], 'being at risk is not being made redundant'],
    ['I was made redundant', ['redundancy'], '"made redundant" is the redundancy concept, "made" included'],
    ['redundancies', ['redundancy'], 'plural'],
    ['How much redundancy pay would I get?', ['redundancypay', 'redundancy', 'pay'], 'the pay concept keeps its broader terms'],
    ['what about a severance package', ['redundancypay', 'redundancy', 'pay'], 'staff wording for redundancy pay'],
    // Forms, services and allowances.
    ['Staff Preference Sheet', ['preferencesheet', 'prefer'], 'the document name, with its broader term'],
    ['where is the preference form', ['preferencesheet', 'prefer'], 'what staff call it'],
    ['Job Finder service', ['jobfinder'], 'a longer variant wins over "job" -> post'],
    ['jobfinder', ['jobfinder'], 'closed form'],
    ['the trial period', ['trialperiod'], 'the phrase'],
    ['how long is the trial', ['long', 'trialperiod'], 'a bare "trial" means the trial period here'],
    ['notice period', ['notic', 'period'], '"period" alone does not become the trial period'],
    ['Can I claim extra mileage?', ['claim', 'excesstravel', 'travel', 'expens'], 'extra mileage is the excess travel claim'],
    ['Can I claim mileage?', ['claim', 'mileag'], 'bare mileage is ordinary mileage for work journeys, not excess travel'],
    ['excess travelling expenses under the disturbance allowance', ['excesstravel', 'travel', 'expens', 'under', 'excesstravel', 'travel', 'expens'], 'the document wording, whose broader terms keep "travel" findable; "under" is kept'],
    ['Will I be relocated or have to move office?', ['relocation', 'move', 'relocation', 'move'], 'two wordings of a change of base'],
    // Tiers.
    ['tier three', ['tier3', 'tier'], 'number words are digits'],
    ['T3 managers', ['tier3', 'tier', 'manag'], 'the short form'],
    ['Tier-4', ['tier4', 'tier'], 'hyphenated'],
    // Contracts, cover and pay.
    ['I am on a fixed-term contract', ['fixedterm', 'contract'], 'hyphenated phrase with its broader term'],
    ['Can temps be made redundant?', ['fixedterm', 'contract', 'redundancy'], 'temps are temporary (fixed-term) staff'],
    ['maternity cover', ['matern', 'cover'], 'stemming alone joins cover/covering, no concept needed'],
    ['covering maternity', ['cover', 'matern'], 'same stems as "maternity cover"'],
    ['Will my pay be protected?', ['payprotection', 'pay'], 'the FAQ question wording'],
    ['protected pay', ['payprotection', 'pay'], 'inverted wording'],
    ['will my wages be cut', ['pay', 'cut'], 'wages are pay'],
    ['what are hub workers paid', ['hub', 'worker', 'pay'], 'paid is pay: the pack writes only "pay"'],
    ['are the strategic lead posts disappearing', ['strateg', 'lead', 'post', 'deletion'], 'a post that disappears is deleted'],
    ['when does cabinet vote on it', ['cabinet', 'decision'], 'a vote is the decision'],
    ['will riverside survive', ['riverside', 'continue'], 'surviving is continuing'],
    ['job, role, position, posts', ['post', 'post', 'post', 'post'], 'the document uses all four for a post'],
    ['Can my union rep respond for me?', ['union', 'repres', 'respond'], 'rep is written out'],
    ['Is UNISON involved?', ['union', 'involv'], 'the union staff name'],
    ['Do I have to reapply?', ['apply'], 'reapplying is applying'],
    ['redesign, re-design and restructure', ['restructure', 'restructure', 'restructure'], 'one change, three names'],
    ['deadline for comments', ['deadline', 'close', 'comment'], 'a deadline is also a closing'],
    ['whats the cut off for comments', ['deadline', 'close', 'comment'], 'a cut-off for something is its deadline'],
    ['cut off from services', ['cut', 'servic'], 'being cut off is not a deadline'],
    ['agency social workers and locums', ['agencystaff', 'agencystaff'], 'agency workers are not employees'],
    ['what did bucks and west berkshire do', ['othercouncil', 'othercouncil'], 'other councils by name'],
    ['will the post be advertised externally', ['post', 'externalrecruitment'], 'recruiting outside the council'],
    ['who runs FGCs', ['run', 'familygroupconference'], 'the Family Group Conference Service by its initials'],
    ['how many SIOs', ['school', 'improv', 'offic'], 'school improvement officers by their initials'],
    ['home ed and EWOs', ['home', 'educ', 'educ', 'welfar', 'offic'], 'staff short forms are written out'],
    ["theyll say it's youll see", ['see'], 'contractions typed without their apostrophe are stop words too'],
    ['werent told, hasnt started', ['not', 'told', 'not', 'start'], 'and keep their "not" like the apostrophe forms'],
    ['feeling low and skint at the moment', ['feel', 'low', 'skint', 'moment'], 'how someone feels is light, not dropped'],
    // Spellings.
    ['organization', ['organis'], 'American spelling; Porter alone would give "organ"'],
    ['organisation', ['organis'], 'British spelling, same term'],
    ['labor program center', ['labour', 'programm', 'centr'], 'more American spellings'],
    ['rôle', ['post'], 'accents folded'],
    ['ﬁxed term', ['fixedterm', 'contract'], 'NFKC turns the ligature into letters'],
    // Stop words and negation.
    ['Hi, please could you tell me, thanks!', [], 'chat filler only'],
    ["I don't want to be slotted in", ['not', 'assimilation'], 'negation survives as "not"'],
    ['I cannot relocate', ['cannotrelocate', 'relocation', 'move'], '"cannot" keeps its not: being unable to move is its own topic'],
    ['I cannot attend', ['not', 'attend'], '"cannot" is "can not" elsewhere too'],
    ['why is this happening', ['why', 'happen'], '"why" is no stop word: it asks for a reason, which FAQs written as "why ..." give'],
    ['not selected', ['not', 'select'], '"not" is not a stop word'],
    ['one grade above', ['1', 'grade', 'abov'], '"above" changes the question, so it stays'],
    // Numbers.
    ['80:20', ['80', '20'], 'a ratio is two numbers'],
    ['1.5 x statutory weeks', ['1.5', 'statutori', 'week'], 'a decimal stays whole; single letters go'],
    ['20,000 staff', ['20000', 'staff'], 'thousands separator'],
    ['4 April 2011', ['4', 'april', '2011'], 'dates'],
    ['section 5.2.1.', ['section', '5.2.1'], 'section numbers stay whole, the full stop goes'],
    ["two years' continuous service", ['2', 'year', 'continuousservice', 'servic'], 'the possessive apostrophe and number word'],
    // Slack markup and emoji.
    ['<@U123> <!channel> is my job safe?', ['post', 'safe'], 'mentions and broadcasts carry no words'],
    ['see <http://intranet.example/doc|the consultation document>', ['see', 'consult', 'document'], 'a link keeps its label'],
    ['<#C123|restructure-questions>', ['restructure', 'question'], 'a channel link keeps its name'],
    [':thumbsup: :+1: 🙂👍🏽', [], 'emoji only'],
    ['at 10:30:45', ['10', '30', '45'], 'a time is not an emoji shortcode'],
    ['Q&amp;A about tier 4', ['tier4', 'tier'], 'Slack escapes &; single letters go'],
    // Punctuation.
    ['I’m “ring‑fenced” – aren’t I?', ['ringfence', 'not'], 'curly quotes, a non-breaking hyphen and an en dash'],
    ['co-ordinate and coordinate', ['coordin', 'coordin'], 'a join prefix closes the hyphen'],
    ['non-statutory', ['non', 'statutori'], 'other hyphens separate words, so "statutory" still matches'],
    // A stem that equals a concept term keeps its own form.
    ['posted', ['posted'], '"posted" stems to "post" but is not the post concept'],
    // Dates as staff type them.
    ['the 21st of February', ['21', 'februari'], 'an ordinal is its number'],
    ['Wed 16th', ['wednesdai', '16'], 'day names are written out'],
    // Staff wording for the pack's words, and words kept apart.
    ['Is the Directorate changing?', ['directorate', 'chang'], 'the department is not the Director, whom Porter would merge with it'],
    ['the Director', ['director'], 'the person'],
    ['being let go or sacked', ['redundancy', 'redundancy'], 'two ways staff say made redundant'],
    ['covering mat leave', ['cover', 'matern', 'leav'], '"mat" is maternity'],
    ['how much is maternity pay', ['maternitypay', 'matern'], 'maternity pay is not the pay concept'],
    ['do I get travel money', ['excesstravel', 'travel', 'expens'], 'travel money is the excess travel claim'],
    ['kids centres', ['children', 'centr'], 'kids are children'],
    ['Early Years SEN', ['earlyyears', 'sen'], 'the early years are not a duration in years'],
    ["whats the deal, im not sure tbh", ['deal', 'not'], 'chat spellings are filler; "not" stays'],
    ['how many staff in each hub', ['staff', 'hub'], '"how many" asks for a number, it is not the subject'],
    ['on 18.5 hrs atm for 22 yrs', ['18.5', 'hours', '22', 'year'], 'chat abbreviations are the words they stand for, or filler'],
    ['worried sick, and sick of waiting', ['worri', 'sick', 'sick', 'wait'], '"sick" in these idioms is not sickness'],
    ['covering a colleague who is long term sick', ['cover', 'colleagu', 'sickness'], 'long-term sickness is'],
    ['is it all done on paper or a paper sift', ['select', 'select'], 'selection on applications alone is selection'],
    ['are SIPs being kept', ['sip', 'continue'], 'an acronym for a role, and being kept is continuing'],
    ['asked for my team to be kept out', ['ask', 'team', 'kept'], 'being kept out of something is not continuing'],
    ['asked for my views to be kept out', ['ask', 'commentsoptout', 'feedback', 'comment'], 'views kept out of the feedback document'],
    ['youth work in the evenings, even so', ['youth', 'work', 'evening', 'even'], 'evenings are not the everyday word "even" they stem to'],
    ['the staff pref sheet', ['preferencesheet', 'prefer'], '"pref" is preference, and the staff preference sheet is one concept'],
    ['my flexi time balance, and my flexitime', ['flexibalance', 'workpattern', 'hours'], 'hours built up are not the work pattern'],
    ['whats the scoring based on', ['select', 'base'], 'scoring candidates is selecting them'],
    ['3 of us all want the same job', ['3', 'competition', 'select', 'post'], 'more people than posts is competition'],
    ['if nobody else puts in for it, or no-one else', ['soleapplicant', 'put', 'soleapplicant'], 'the only one who wants a post is slotted in'],
    ['only one hub in oxford', ['1', 'hub', 'oxford'], 'bare "only one" is not the only applicant'],
    ['some managers had loads of direct reports', ['manag', 'load', 'spanofcontrol', 'report'], 'direct reports are the span of control'],
    ['I split my week between youth work and admin', ['splitrole', 'youth', 'work', 'admin'], 'time split between roles decides ring fences'],
    ['so if job finder turns up nothing', ['jobfinder', 'noalternative'], 'no alternative job found'],
    ['on job finder do they stay at home', ['jobfinder', 'stayinrole', 'current', 'post'], 'on Job Finder staff remain in their current role'],
    ['the council-wide budget consult', ['council', 'wide', 'budgetconsultation'], 'the budget consultation is not the staff consultation'],
    ['how many TM posts, and TLs', ['team', 'manag', 'post', 'team', 'leader'], 'team managers and leaders by their initials'],
    ['could i go for ill health retirement', ['illhealthretirement'], 'retiring on health grounds is a pension matter'],
    ['is their money safe after another shake up', ['fundingprotected', 'after', 'anoth', 'restructure'], 'safe money is protected funding; a shake-up is a restructure'],
    ['which inbox, and how many EPs', ['email', 'educ', 'psychologist'], 'an inbox is an email address; EPs are educational psychologists'],
    ['ask for my views to be kept out of the feedback document', ['ask', 'commentsoptout', 'feedback', 'comment', 'feedback', 'document'], 'opting out of the feedback document'],
    ['do they just get put straight into the new post', ['assimilation', 'new', 'post'], 'straight into a new post is slotting in'],
    ['will the briefings be recorded', ['filming'], 'a recording of a briefing is filming it'],
    ['when does cabinet sign it all off, and which patch', ['cabinet', 'decision', 'area'], 'signing off is deciding; a patch is an area'],
    ['will our Ts&Cs or T&Cs change', ['termsandconditions', 'termsandconditions', 'chang'], '"&" is "and": Ts&Cs are terms and conditions'],
    ['paid time off for interviews', ['timeoff', 'interview'], 'time off is a right the pack does not cover'],
    ['can they try it out first', ['trialperiod', 'first'], 'trying a post out is the trial period'],
    ['agency workers in multi agency teams', ['agencystaff', 'multi', 'agenc', 'team'], 'agency workers are not multi-agency working'],
    ["can't find my post in the document", ['not', 'find', 'post', 'document'], 'not finding something in the document is not that'],
  ];

  it.each(golden)('%j -> %j (%s)', (input, expected) => {
    expect(analyze(input)).toEqual(expected);
  });
});

describe('analyze: questions meet the document', () => {
  const shares = (question: string, document: string): string[] => {
    const documentTerms = new Set(analyze(document));
    return analyze(question).filter((t) => documentTerms.has(t));
  };

  it('matches the spellings HR and staff use for the same concept', () => {
    expect(shares('Am I ring-fenced?', 'the ring fence for each post')).toEqual(['ringfence']);
    expect(shares('I was assimilated', 'they would be slotting in')).toEqual(['assimilation']);
    expect(shares('Can I apply for VR?', 'expressions of interest for voluntary redundancy')).toContain('voluntaryredundancy');
    expect(shares('do I get travel expenses', 'excess travelling expenses under the disturbance allowance policy')).toEqual([
      'excesstravel',
      'travel',
      'expens',
    ]);
    // The document writes these services in full and as initials; staff use either, or an old name.
    expect(shares('where does the YOT sit', 'the Youth Offending Service (YOS)')).toEqual(['youthoffending']);
    expect(shares('CP teams', 'Child Protection teams')).toEqual(['childprotection', 'team']);
    expect(shares('SWs in the CIN teams', 'social workers in children in need teams')).toEqual(['social', 'worker', 'childreninneed', 'team']);
    expect(shares('a FTC til summer', 'employees on fixed term contracts')).toContain('fixedterm');
    // Not being able or willing to move is one topic, however it is put.
    expect(shares("what if I can't get to the new base", 'If people cannot move due to exceptional circumstances')).toContain('cannotrelocate');
    expect(shares("someone who doesn't want to move", 'If individuals simply do not want to relocate')).toContain('cannotrelocate');
    // Who a post answers to and who is in charge of a service, in staff's words and the document's.
    expect(shares('who do the hub info officers answer to', 'They will be accountable to the Early Intervention Managers')).toContain('reportsto');
    expect(shares('who fostering comes under', 'Under the management of the Corporate Parenting Manager')).toEqual([]);
    expect(shares('who will be in charge of fostering', 'overall responsibility for Fostering, Adoption, Residential Care')).toEqual(['responsiblefor', 'foster']);
    expect(shares('can I keep my pattern', 'existing work patterns')).toEqual(['workpattern', 'hours']);
    expect(shares('what should i get ready for the interviews', 'do I need to prepare anything for the interview')).toEqual(['prepare', 'interview']);
    // A service staff ask about by name is a topic, not only a place.
    expect(shares('is riverside staying?', 'continue with Riverside at Donnington Bridge')).toEqual(['riverside']);
    expect(shares('headcount per hub', 'the number of staff in each hub')).toEqual(['number', 'staff', 'hub']);
  });

  it('does not merge concepts that mean different things', () => {
    expect(shares('Is my post at risk?', 'redundancy pay at one and a half times statutory weeks')).toEqual([]);
    expect(shares('preference sheet', 'the job finder application form')).toEqual([]);
    expect(shares('interview slot', 'staff assimilations, or slotting in')).toEqual([]);
  });

  it('ranks the right passage first when used as MiniSearch tokenize and processTerm', () => {
    const docs = [
      { id: 'ring-fence', text: 'Selection for new posts will be from staff identified as being in the ring fence for each post.' },
      { id: 'slotting', text: 'Where there is a considerable overlap, staff assimilations, or "slotting in", will be shown.' },
      { id: 'vr', text: 'Tier 3 and 4 managers may put forward expressions of interest for voluntary redundancy.' },
      { id: 'travel', text: 'Relocated staff may claim excess travelling expenses under the disturbance allowance policy for 4 years.' },
      { id: 'trial', text: 'A trial period of up to 4 weeks will apply in a substantially different post.' },
    ];
    const index = new MiniSearch<{ id: string; text: string }>({
      fields: ['text'],
      tokenize: analyzer.tokenize,
      processTerm: analyzer.processTerm,
    });
    index.addAll(docs);
    const top = (question: string) => index.search(question)[0]?.id;
    expect(top('Am I ring-fenced?')).toBe('ring-fence');
    expect(top('will I be assimilated?')).toBe('slotting');
    expect(top('how do I ask for VR')).toBe('vr');
    expect(top('can I claim mileage if my office moves')).toBe('travel');
    expect(top('how long is the trial?')).toBe('trial');
  });

  it('tells concept terms from stems, so search can weigh named topics', () => {
    expect(analyzer.isConcept('ringfence')).toBe(true);
    expect(analyzer.isConcept('maternitypay')).toBe(true);
    expect(analyzer.isConcept('fenc')).toBe(false);
    expect(analyzer.isConcept('posted')).toBe(false);
  });

  it('tells light words by their analysed term, whatever form the question uses', () => {
    const [totally] = analyze('totally');
    expect(totally).toBeDefined();
    expect(analyzer.isLight(totally ?? '')).toBe(true);
    expect(analyze('put').every((t) => analyzer.isLight(t))).toBe(true);
    expect(analyzer.isLight('ringfence')).toBe(false);
    expect(analyze('interview').some((t) => analyzer.isLight(t))).toBe(false);
  });

  it('has tokenize return final terms and processTerm leave them alone', () => {
    expect(analyzer.tokenize('Am I ring-fenced for T3 posts?')).toEqual(analyze('Am I ring-fenced for T3 posts?'));
    expect(analyzer.processTerm('ringfence')).toBe('ringfence');
  });
});

describe('analyze: any input', () => {
  it('returns [] for empty, blank, markup-only and emoji-only text', () => {
    for (const text of ['', '   \n\t', '<@U123>', '<!here> <!channel>', '🙂🙂🙂', ':smile::tada:', '---', '"\'"']) {
      expect(analyze(text)).toEqual([]);
    }
  });

  it('handles 20,000 characters of text, and of a single unbroken word, without trouble', () => {
    const sentence = 'Am I ring-fenced for the tier 3 post? ';
    const long = sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
    const terms = analyze(long);
    expect(terms.filter((t) => t === 'ringfence')).toHaveLength(long.split('ring-fenced').length - 1);
    expect(analyze('x'.repeat(20_000))).toEqual([]);
    expect(analyze('🙂'.repeat(10_000))).toEqual([]);
    expect(analyze('<'.repeat(20_000))).toEqual([]);
  });

  it('never throws, and every term is one non-blank word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const terms = analyze(text);
        for (const term of terms) expect(term).toMatch(/^\S+$/);
        expect(analyze(text)).toEqual(terms);
      }),
      { numRuns: 300 },
    );
  });

  it('reads ASCII words the same whether or not the text also holds non-ASCII letters', () => {
    // Text with only ASCII words takes a faster word pattern; one accented word elsewhere
    // must not change how the rest is read.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab1 -\',.:T3ring fence VR'.split('')), maxLength: 80 }), (text) => {
        expect(analyze(`${text}. Straße`)).toEqual([...analyze(text), 'straße']);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same terms for a whole text as for its sentences one by one', () => {
    const sentences = ['Am I ring-fenced', 'I was slotted in', 'voluntary redundancy is VR', 'tier three posts', "don't"];
    expect(analyze(sentences.join('. '))).toEqual(sentences.flatMap(analyze));
  });

  // A measurement, not a timed test: the duration is reported, never asserted.
  it('analyses 2 MB of pack text (duration annotated)', async ({ annotate }) => {
    const faqDir = new URL('../../faq/', import.meta.url);
    const files = readdirSync(faqDir).filter((f) => f.endsWith('.md'));
    const pieces = files.map((f) => readFileSync(new URL(f, faqDir), 'utf8'));
    expect(pieces.length).toBeGreaterThan(0);
    const once = pieces.join('.\n\n');
    const copies = Math.ceil((2 * 1024 * 1024) / once.length);
    const text = Array.from({ length: copies }, () => once).join('.\n\n');
    const started = performance.now();
    const terms = analyze(text);
    const ms = performance.now() - started;
    expect(terms).toHaveLength(analyze(once).length * copies);
    await annotate(`${(text.length / 1024 / 1024).toFixed(1)} MB analysed in ${ms.toFixed(0)} ms (${terms.length} terms)`);
  });
});

describe('misspelt filler', () => {
  const analyzer = shippedAnalyzer();
  const term = (word: string) => analyzer.analyze(word)[0] ?? '';

  it('knows words one insertion, deletion or substitution apart', () => {
    expect(oneEditApart('actuali', 'actual')).toBe(true);
    expect(oneEditApart('realy', 'really')).toBe(true);
    expect(oneEditApart('whta', 'what')).toBe(false);
    expect(oneEditApart('hub', 'hub')).toBe(false);
    expect(oneEditApart('canteen', 'content')).toBe(false);
  });

  it('takes a slip in a stop word or light word as filler, and nothing short or far from one', () => {
    expect(analyzer.isMisspeltFiller(term('actualy'))).toBe(true);
    expect(analyzer.isMisspeltFiller(term('realy'))).toBe(true);
    expect(analyzer.isMisspeltFiller(term('canteen'))).toBe(false);
    expect(analyzer.isMisspeltFiller(term('hug'))).toBe(false);
    expect(analyzer.isMisspeltFiller(term('patch'))).toBe(false);
  });
});

describe('lexicon', () => {
  const valid = [
    'stop_words: [the, a]',
    'concepts:',
    '  - term: ringfence',
    '    why: the pool for a post',
    '    variants: [ring fence]',
    '',
  ].join('\n');
  const errorsOf = (source: string): string[] => {
    try {
      createAnalyzer(parseLexicon(source, 'lexicon.yaml'));
    } catch (error) {
      if (error instanceof LexiconError) return error.message.split('\n');
      throw error;
    }
    throw new Error('expected the lexicon to be rejected');
  };

  it('loads the shipped lexicon, where every concept says why', () => {
    const lexicon = loadLexicon();
    expect(lexicon.file).toBe('src/search/lexicon.yaml');
    expect(lexicon.concepts.length).toBeGreaterThan(20);
    for (const concept of lexicon.concepts) expect(concept.why.length).toBeGreaterThan(10);
  });

  it('accepts a small valid lexicon', () => {
    const small = createAnalyzer(parseLexicon(valid, 'lexicon.yaml'));
    expect(small.analyze('the ring-fence posts')).toEqual(['ringfence', 'post']);
    expect(small.isLight('put')).toBe(false);
    const withLight = createAnalyzer(parseLexicon(`light_words: [put]\n${valid}`, 'lexicon.yaml'));
    expect(withLight.analyze('put the ring-fence')).toEqual(['put', 'ringfence']);
    expect(withLight.isLight('put')).toBe(true);
  });

  it.each([
    ['bad YAML', 'stop_words: [the, a\nconcepts: x\n', [
      'lexicon.yaml line 2: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]],
    ['a missing field', valid.replace('    why: the pool for a post\n', ''), [
      'lexicon.yaml line 3: concepts[0].why: is required: expected text',
    ]],
    ['a misspelt field', valid.replace('    variants:', '    varients:'), [
      'lexicon.yaml line 3: concepts[0].variants: is required: expected a list of wordings',
      'lexicon.yaml line 5: concepts[0].varients: is not a field here; the fields are term, why, variants and also',
    ]],
    ['a list written as text', valid.replace('[ring fence]', 'ring fence'), [
      'lexicon.yaml line 5: concepts[0].variants: expected a list of wordings, found "ring fence"',
    ]],
    ['a term that is not one word', valid.replace('term: ringfence', 'term: Ring Fence'), [
      'lexicon.yaml line 3: concepts[0].term: expected one lower-case word of letters and digits, e.g. ringfence',
    ]],
    ['a term used twice', `${valid}  - term: ringfence\n    why: again\n    variants: [ringfenced]\n`, [
      'lexicon.yaml line 6: concepts[1].term: "ringfence" is already the term of the concept on line 3',
    ]],
    ['a wording in two concepts', `${valid}  - term: pool\n    why: pools\n    variants: [pool, ring-fence]\n`, [
      'lexicon.yaml line 8: concepts[1].variants[1]: "ring-fence" is already a variant of "ringfence" (line 5); a wording can mean only one thing',
    ]],
    ['a variant split by punctuation', valid.replace('[ring fence]', '[ring fence, "ring/fence"]'), [
      'lexicon.yaml line 5: concepts[0].variants[1]: "ring/fence" can never match: only spaces and hyphens may join its words',
    ]],
    ['broader terms that are only stop words', valid.replace('[ring fence]', '[ring fence]\n    also: [the]'), [
      'lexicon.yaml line 6: concepts[0].also[0]: "the" has no searchable words (only stop words?)',
    ]],
    ['a spelling to two words', `${valid}spellings:\n  organization: organisation unit\n`, [
      'lexicon.yaml line 7: spellings.organization: "organisation unit" must be one word; put a rewrite to several words under rewrites',
    ]],
    ['a rewrite chain', `${valid}rewrites:\n  two: "2"\n  couple: two\n`, [
      'lexicon.yaml line 8: rewrites.couple: "two" is itself rewritten; write the final form instead',
    ]],
    ['a stop word of two words', valid.replace('[the, a]', '[the, a, "at risk"]'), [
      'lexicon.yaml line 1: stop_words[2]: "at risk" must be a single word',
    ]],
    ['a light word that is a stop word', `light_words: [put, the]
${valid}`, [
      'lexicon.yaml line 1: light_words[1]: "the" is a stop word, so it is never searched',
    ]],
    ['a light word that is a concept', `light_words: [ringfence]
${valid}`, [
      `lexicon.yaml line 1: light_words[0]: "ringfence" is a concept's wording, which always weighs as a topic`,
    ]],
    ['a light word of two words', `light_words: [put, "somewhere else"]
${valid}`, [
      'lexicon.yaml line 1: light_words[1]: "somewhere else" must be a single word',
    ]],
    ['an empty file', '', ['lexicon.yaml: is empty; expected stop_words, spellings, rewrites and concepts']],
  ])('names the line for %s', (_case, source, expected) => {
    expect(errorsOf(source)).toEqual(expected);
  });

  it('names the file it was asked to load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    try {
      const path = join(dir, 'lexicon.yaml');
      writeFileSync(path, valid.replace('term: ringfence', 'term: 3d'));
      expect(() => loadLexicon(path)).toThrow(`${path} line 3: concepts[0].term: expected one lower-case word`);
      expect(() => loadLexicon(join(dir, 'missing.yaml'))).toThrow(`${join(dir, 'missing.yaml')}: is missing`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
