import type { ContentPack, Employee } from '../content/types.js';
import { buildSearchIndex, type SearchIndex, type TermAnalyzer } from '../search/search-index.js';
import { namesUnknownTopic } from './answer-checks.js';
import { abstain, answerGeneral } from './answer-general.js';
import { describeDeadlines } from './answer-deadlines.js';
import { answerPay } from './answer-pay.js';
import { describeStatus } from './answer-status.js';
import { describeTeam } from './answer-team.js';
import { hrContactsText } from './hr-contacts.js';
import { detectIntent, isHelpRequest, normaliseQuestion } from './intent.js';
import { notice, type Assistant, type Intent, type Reply, type ReplyAction, type Source } from './reply.js';
import { uniqueSources } from './sources.js';
import { createSubjectFinder, maySee } from './subject.js';
import { assertNever } from '../assert-never.js';

export interface AssistantOptions {
  readonly analyzer: TermAnalyzer;
  /** Action ids a person has marked done (from the store); none when not given. */
  readonly completedActions?: (employeeId: string) => ReadonlySet<string>;
}

/** Words that make a question about a named person a question about their position. */
const ABOUT_A_PERSON = /\b(risk|status|post|job|role|position|ring[- ]?fenc\w*|slot\w*|deadlines?|dates?|interview|affected|redundan\w*|safe|team|pool)\b/;

export function createAssistant(pack: ContentPack, options: AssistantOptions): Assistant {
  const index: SearchIndex = buildSearchIndex(pack, options.analyzer);
  const findSubject = createSubjectFinder(pack);
  const completed = options.completedActions ?? (() => new Set<string>());

  const personal = (intent: Intent, text: string, sources: readonly Source[], actions: readonly ReplyAction[] = []): Reply => ({
    text,
    sources: uniqueSources(sources),
    confidence: 1,
    abstained: false,
    private: true,
    intent,
    actions,
  });

  const statusWithDates = (employee: Employee, now: Date, who: 'you' | 'them', intent: Intent): Reply => {
    const status = describeStatus(pack, employee, who);
    const dates = describeDeadlines(pack, employee, now, who, completed(employee.id));
    return personal(intent, `${status.text}\n\n${dates.text}`, [...status.sources, ...dates.sources], dates.actions);
  };

  const answerFor = (intent: Exclude<Intent, 'general'>, employee: Employee, question: string, now: Date): Reply => {
    switch (intent) {
      case 'my-status':
      case 'my-ring-fences':
        return statusWithDates(employee, now, 'you', intent);
      case 'my-deadlines': {
        const dates = describeDeadlines(pack, employee, now, 'you', completed(employee.id));
        return personal(intent, dates.text, dates.sources, dates.actions);
      }
      case 'pay-estimate': {
        const pay = answerPay(pack, employee, question, now);
        return personal(intent, pay.text, pay.sources);
      }
      case 'my-team': {
        const team = describeTeam(pack, employee, now);
        return personal(intent, team.text, team.sources);
      }
      default:
        return assertNever(intent);
    }
  };

  return {
    reply(question, asker, now) {
      const text = typeof question === 'string' ? question : '';
      if (normaliseQuestion(text) === '' || isHelpRequest(text)) return help(pack);

      const subject = findSubject(text);
      if (subject && subject.id !== asker.employeeId && ABOUT_A_PERSON.test(normaliseQuestion(text))) {
        if (!maySee(asker, subject)) return refuseOther(pack);
        return statusWithDates(subject, now, 'them', 'my-status');
      }

      const intent = detectIntent(text);
      if (intent === 'general') return answerGeneral(pack, index, text);
      // "Can my redundancy pay go into my pension?" names a topic the pack does not cover: an
      // estimate would answer another question, so it is asked as a general one, which declines.
      if (intent === 'pay-estimate' && namesUnknownTopic(index, index.terms(text))) return answerGeneral(pack, index, text, intent);
      const employee = asker.employeeId === null ? undefined : pack.staff.get(asker.employeeId);
      if (employee === undefined) {
        if (intent === 'pay-estimate') {
          const pay = answerPay(pack, null, text, now);
          return personal(intent, pay.text, pay.sources);
        }
        return unmatched(pack, answerGeneral(pack, index, text, intent));
      }
      return answerFor(intent, employee, text, now);
    },

    overview(asker, now) {
      const employee = asker.employeeId === null ? undefined : pack.staff.get(asker.employeeId);
      return employee ? statusWithDates(employee, now, 'you', 'my-status') : null;
    },
  };
}

function help(pack: ContentPack): Reply {
  const c = pack.consultation;
  return notice(
    [
      `I answer questions about the ${c.organisation} consultation (${c.title}) from the consultation document, HR's FAQs and HR's policy rules, and I always say where the answer comes from.`,
      '',
      'You can ask, for example:',
      '- Is my post at risk? / Which posts am I ring-fenced for?',
      '- What are my deadlines? / When is my interview?',
      '- How much redundancy pay would I get? (I can estimate it)',
      '- How do I give my views, and is it anonymous?',
      '- Managers: how is my team affected?',
      '',
      `Answers about you are only ever shown to you. If I don't know, I'll say so and tell you how to reach HR: ${hrContactsText(c)}.`,
    ].join('\n'),
    'general',
    false,
  );
}

/** The same words whether or not the person exists, so a refusal reveals nothing. */
function refuseOther(pack: ContentPack): Reply {
  return notice(
    `I can only tell you about your own post, and managers about their direct reports. For anyone else, please ask HR: ${hrContactsText(pack.consultation)}.`,
    'my-status',
    true,
  );
}

/** A personal question from someone the pack doesn't list: say why, then answer in general. */
function unmatched(pack: ContentPack, general: Reply): Reply {
  const note = `I can't match you to a staff record in the consultation, so I can't tell you about your own post. Your line manager or HR can: ${hrContactsText(pack.consultation)}.`;
  if (general.abstained) return { ...abstain(pack, '', general.intent, general.confidence, false), text: note, actions: general.actions };
  return { ...general, text: `${note}\n\nIn general:\n\n${general.text}` };
}
