import { describe, expect, it } from 'vitest';
import type { Asker } from '../../src/assistant/reply.js';
import { day, sample } from '../helpers/sample.js';

const as = (employeeId: string | null, isHr = false): Asker => ({ employeeId, isHr });
const feb1 = day('2011-02-01');

describe('personal answers come from the pack data, privately', () => {
  const { assistant } = sample();

  it('tells a continuing post holder their post continues', () => {
    const reply = assistant.reply('Is my job safe?', as('E015'), feb1);
    expect(reply).toMatchObject({ private: true, abstained: false, intent: 'my-status', confidence: 1 });
    expect(reply.text).toContain('**Your post continues.**');
    expect(reply.text).not.toContain('at risk of redundancy');
    expect(reply.sources.map((s) => s.ref)).toContain('consultation/posts.csv#CONT-001');
  });

  it('tells someone slotted in which post, and that it is provisional', () => {
    const reply = assistant.reply('is my post at risk', as('E006'), feb1);
    expect(reply.text).toContain('proposed to be slotted in to *Fostering Services Manager*');
    expect(reply.text).toContain('provisional');
  });

  it('lists ring fences with competitive or slot-in selection and the rule', () => {
    const reply = assistant.reply('which posts am I ring fenced for?', as('E030'), feb1);
    expect(reply.intent).toBe('my-ring-fences');
    expect(reply.text).toContain('at risk of redundancy');
    expect(reply.text).toContain('*Hub Service Managers*');
    expect(reply.text).toMatch(/competitive selection, because \d+ people are in the pool for \d+ posts?/);
    expect(reply.text).toContain('usually 80:20');
    expect(reply.sources.some((s) => s.ref === 'policies/selection.yaml#ring-fence')).toBe(true);
  });

  it('says ring fences are not published yet rather than guessing', () => {
    const reply = assistant.reply('is my post at risk?', as('E052'), feb1);
    expect(reply.text).toContain('have not been published yet');
    expect(reply.text).toMatch(/\*\*Indicative only:\*\*|until HR publishes the ring fences/);
  });

  it('explains that covering staff are not in a redundancy situation', () => {
    expect(assistant.reply('am I affected?', as('E011'), feb1).text).toContain('a redundancy situation does not arise');
  });

  it('refuses a pay estimate below two years of service, and says why', () => {
    const reply = assistant.reply('how much redundancy pay would I get?', as('E033'), day('2011-04-01'));
    expect(reply.intent).toBe('pay-estimate');
    expect(reply.private).toBe(true);
    expect(reply.text).toContain('No redundancy payment would be due');
    expect(reply.text).not.toContain('£');
  });

  it('estimates pay from facts given in the question, labelled an estimate', () => {
    const reply = assistant.reply("I'm 45 with 12 years' service on £500 a week, what redundancy pay would I get?", as(null), feb1);
    // GOV.UK: 14 statutory weeks at 45 with 12 years; the policy pays 1.5 times: 21 weeks.
    expect(reply.text).toContain('**Estimate only: about £10,500.00.**');
    expect(reply.text).toContain('Statutory redundancy: 14 weeks');
    expect(reply.private).toBe(true);
  });

  it('declines a pay question about a topic the pack does not cover, instead of estimating', () => {
    // Pensions are not in the pack: an estimate of the lump sum would answer another question.
    const reply = assistant.reply('can my redundancy pay be paid into my pension instead of as a lump sum', as('E030'), feb1);
    expect(reply.abstained).toBe(true);
    expect(reply.text).not.toContain('Estimate');
    expect(assistant.reply('how much redundancy pay would I get?', as('E030'), feb1).abstained).toBe(false);
  });

  it('lists the dates that apply to the person after the day asked', () => {
    const reply = assistant.reply('what are my deadlines?', as('E030'), day('2011-03-28'));
    expect(reply.text).toContain('**Staff consultation closes**: Monday 4 April 2011');
    expect(reply.text).not.toContain('Director\'s briefing');
    expect(reply.text).toContain('provisional');
  });
});

describe('who may see whose data', () => {
  const { assistant } = sample();

  it('shows a manager their direct reports and nobody else', () => {
    const reply = assistant.reply('how is my team affected?', as('E030'), feb1);
    expect(reply.private).toBe(true);
    for (const name of ['Mohammed Iqbal', 'Hannah Cole', 'Kevin Stone']) expect(reply.text).toContain(name);
    expect(reply.text).not.toContain('Patrick Doyle');
    expect(reply.text).not.toContain('Nicola Barnes');
  });

  it('lets a manager ask about a direct report by name', () => {
    const reply = assistant.reply('is Hannah Cole at risk?', as('E030'), feb1);
    expect(reply.private).toBe(true);
    expect(reply.text).toContain('**Hannah Cole is proposed to be slotted in');
  });

  it('refuses a manager asking about someone who is not their report, in the same words as for a stranger', () => {
    const other = assistant.reply('is Nicola Barnes at risk?', as('E030'), feb1);
    const nobody = assistant.reply('is Zed Nobody-Here at risk?', as('E030'), feb1);
    expect(other.text).toContain('I can only tell you about your own post');
    expect(other.text).not.toContain('Nicola Barnes');
    expect(other.text).not.toMatch(/Service Manager|ring-fenced|at risk of redundancy/);
    expect(other.private).toBe(true);
    // A name the pack doesn't hold is simply a general question; it must not confirm anything either.
    expect(nobody.text).not.toContain('Zed Nobody-Here');
  });

  it('refuses a colleague asking by employee id', () => {
    expect(assistant.reply('what is E052 status?', as('E051'), feb1).text).toContain('I can only tell you about your own post');
  });

  it('lets HR ask about anyone', () => {
    const reply = assistant.reply('what is the status of Nicola Barnes?', as(null, true), feb1);
    expect(reply.text).toContain("Nicola Barnes's post");
    expect(reply.private).toBe(true);
  });

  it('gives an unmatched person general answers only, and says why', () => {
    const reply = assistant.reply('Is my post at risk?', as(null), feb1);
    expect(reply.text).toContain("I can't match you to a staff record");
    expect(reply.text).not.toContain('**Your post');
  });
});

describe('general questions and abstentions', () => {
  const { assistant } = sample();

  it('answers from an HR FAQ with its source, publicly', () => {
    const reply = assistant.reply('When does the consultation close?', as(null), feb1);
    expect(reply).toMatchObject({ private: false, abstained: false });
    expect(reply.text).toContain('4 April 2011');
    expect(reply.sources[0]?.kind).toBe('faq');
  });

  it('abstains on a question the pack does not answer, with how to reach HR and an Ask HR action', () => {
    const reply = assistant.reply('where can I park at the Banbury office?', as('E030'), feb1);
    expect(reply.abstained).toBe(true);
    expect(reply.text).toContain("I don't know");
    expect(reply.text).toContain('Tim Barnett');
    expect(reply.sources).toEqual([]);
    expect(reply.actions).toEqual([{ kind: 'ask-hr', question: 'where can I park at the Banbury office?' }]);
  });
});

describe('bad input gets a sensible reply, never an exception', () => {
  const { assistant } = sample();
  const inputs = [
    '',
    '   ',
    '🙂🙂🙂',
    '<!channel> <@U123> is my post at risk?',
    "'; DROP TABLE staff; --",
    '<script>alert(1)</script> redundancy?',
    '¿Cuándo termina la consulta?',
    'x'.repeat(20_000),
    `redundancy ${'pay '.repeat(5_000)}`,
  ];
  it.each(inputs.map((q) => [q.slice(0, 40), q]))('%s', (_label, question) => {
    for (const asker of [as(null), as('E030'), as(null, true)]) {
      const reply = assistant.reply(question, asker, feb1);
      expect(typeof reply.text).toBe('string');
      expect(reply.text.length).toBeGreaterThan(0);
      // Nothing the user typed comes back in a form that could ping anyone.
      expect(reply.text).not.toMatch(/<!channel>|<@U123>|<script>/);
    }
  });
});
