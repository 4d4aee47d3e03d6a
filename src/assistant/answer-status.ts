import type { ContentPack, Employee, Post } from '../content/types.js';
import { findPolicy, postStatus, type PoolPlace, type PostStatus } from '../status/post-status.js';
import { assertNever } from '../assert-never.js';
import type { Source } from './reply.js';
import { dataSource, policySource, sectionSource, uniqueSources } from './sources.js';

export interface StatusText {
  readonly text: string;
  readonly sources: readonly Source[];
}

const INDICATIVE_LIMIT = 8;

export function postLabel(post: Post): string {
  const details = [post.grade, post.tier === null ? null : `tier ${post.tier}`].filter(Boolean).join(', ');
  return `*${post.title}* (${details})`;
}

const provisional = (state: 'published' | 'provisional') => (state === 'provisional' ? ' This is provisional: HR has not published it yet.' : '');

/**
 * A person's post status in words, written for someone anxious about their job: the
 * answer first, then why, then what the rule says, every claim with its source.
 * `who` is "You" for the person themself, or the person's name for their manager or HR.
 */
export function describeStatus(pack: ContentPack, employee: Employee, who: 'you' | 'them'): StatusText {
  const status = postStatus(pack, employee);
  const you = who === 'you';
  const subject = you ? 'Your' : `${employee.name}'s`;
  const they = you ? 'you' : employee.name;
  const postData = dataSource(`Posts list: ${status.post.title}`, `consultation/posts.csv#${status.post.id}`);
  const lines: string[] = [];
  const sources: Source[] = [postData];

  switch (status.kind) {
    case 'continuing': {
      lines.push(
        status.changed
          ? `**${subject} post continues, with changes.** ${postLabel(status.post)} is not listed for deletion.`
          : `**${subject} post continues.** ${postLabel(status.post)} is not listed for deletion, so ${they} will not need to apply for a post.`,
      );
      if (status.post.note) lines.push(`HR's note: ${status.post.note}`);
      sources.push(sectionSource(pack, status.post.source));
      const rule = pack.policies.find((r) => r.id === 'unlisted-posts-continue');
      if (rule) sources.push(policySource(rule));
      break;
    }
    case 'slotted-in': {
      lines.push(
        `**${you ? 'You are' : `${employee.name} is`} proposed to be slotted in to ${postLabel(status.into)}.** ${subject} current post, ${postLabel(status.post)}, is listed for deletion, and it overlaps considerably with that one new post, so ${they} would be assimilated ("slotted in") rather than compete for it.${provisional(status.state)}`,
      );
      const rule = findPolicy(pack, 'slotting-in');
      if (rule) sources.push(policySource(rule.rule));
      sources.push(dataSource('Ring fences', 'consultation/ringfences.csv'));
      break;
    }
    case 'ring-fenced': {
      lines.push(atRiskLine(status, subject, you, employee));
      lines.push(`${you ? 'You are' : `${employee.name} is`} in the ring fence (the pool of people who can be considered) for:`);
      for (const pool of status.pools) lines.push(`- ${poolLine(pool, you)}`);
      const anyProvisional = status.pools.some((p) => p.state === 'provisional');
      if (anyProvisional) lines.push('These ring fences are provisional: HR has not published them yet.');
      const rule = findPolicy(pack, 'ring-fence');
      if (rule) {
        const share = Math.round(rule.parameters.dutyShare * 100);
        lines.push(
          `Ring fences normally include posts on the same grade or up to ${rule.parameters.gradesEitherSide} grade either side, and the time spent on duties counts (usually ${share}:${100 - share}).`,
        );
        sources.push(policySource(rule.rule));
      }
      const competitive = pack.policies.find((r) => r.id === 'competitive-selection');
      if (competitive) sources.push(policySource(competitive));
      sources.push(dataSource('Ring fences', 'consultation/ringfences.csv'));
      break;
    }
    case 'at-risk-no-pool': {
      lines.push(atRiskLine(status, subject, you, employee));
      lines.push(
        `HR has listed no new post whose ring fence includes ${you ? 'your' : 'this'} post.${provisional(status.state)}${status.note ? ` (${status.note})` : ''}`,
      );
      lines.push(
        `Staff who do not obtain a post in the new structure are supported by Job Finder to look for another job in the Council or partner organisations.`,
      );
      const jobFinder = findPolicy(pack, 'job-finder');
      if (jobFinder) sources.push(policySource(jobFinder.rule));
      sources.push(dataSource('Ring fences', 'consultation/ringfences.csv'));
      break;
    }
    case 'pools-not-published': {
      lines.push(atRiskLine(status, subject, you, employee));
      lines.push(`The ring fences for ${you ? 'your' : 'this'} post have not been published yet.`);
      if (status.rule && status.indicative.length > 0) {
        const band = status.post.gradeBand;
        const shown = status.indicative.slice(0, INDICATIVE_LIMIT).map((p) => `- ${postLabel(p)}`);
        const more = status.indicative.length - shown.length;
        lines.push(
          `**Indicative only:** under the ring-fence policy, ${you ? 'you' : 'they'} would normally be considered for new posts on the ${status.post.payScale} scale within one grade of ${band ? gradeText(band.min, band.max) : status.post.grade}, such as:`,
          ...shown,
          ...(more > 0 ? [`- and ${more} more`] : []),
          'This is not a ring fence: HR will publish the actual pools.',
        );
        sources.push(policySource(status.rule));
      } else {
        lines.push(`I can't say which new posts ${you ? 'you' : 'they'} would be considered for until HR publishes the ring fences.`);
      }
      break;
    }
    default:
      assertNever(status);
  }
  const notes = contractNotes(pack, employee, status, you);
  lines.push(...notes.lines);
  sources.push(...notes.sources);
  return { text: lines.join('\n'), sources: uniqueSources(sources) };
}

function gradeText(min: number, max: number): string {
  return min === max ? `grade ${min}` : `grades ${min}-${max}`;
}

function atRiskLine(status: PostStatus, subject: string, you: boolean, employee: Employee): string {
  return `**${subject} post, ${postLabel(status.post)}, is listed for deletion, so ${you ? 'you should consider yourself' : `${employee.name} should consider themselves`} at risk of redundancy.** That is not a redundancy notice: there is a selection process first.`;
}

function poolLine(pool: PoolPlace, you: boolean): string {
  const places = pool.places === null ? '' : `, ${pool.places} ${pool.places === 1 ? 'post' : 'posts'}`;
  const head = `${postLabel(pool.newPost)}${places}`;
  switch (pool.selection.kind) {
    case 'competitive':
      return `${head}: competitive selection, because ${pool.selection.reasons.join(' and ')}.`;
    case 'slot-in-if-sole-applicant':
      return `${head}: ${pool.poolSize} ${pool.poolSize === 1 ? 'person is' : 'people are'} in the pool. If ${you ? 'you are' : 'they are'} the only one to express a preference for it and meet the selection criteria, ${you ? 'you' : 'they'} would be slotted in; otherwise there is a competitive selection.`;
    default:
      return assertNever(pool.selection);
  }
}

function contractNotes(pack: ContentPack, employee: Employee, status: PostStatus, you: boolean): { lines: string[]; sources: Source[] } {
  const ruleSources = (id: string): Source[] => {
    const rule = pack.policies.find((r) => r.id === id);
    return rule ? [policySource(rule)] : [sectionSource(pack, 'temporary-employees')];
  };
  switch (employee.contract) {
    case 'covering':
      return {
        lines: [
          `${you ? 'You are' : 'They are'} covering a maternity or sickness absence: in that case the work does not stop, so a redundancy situation does not arise and no redundancy payment is due.${status.post.change === 'deleted' ? ' Check with HR how this applies to your post.' : ''}`,
        ],
        sources: ruleSources('covering-absence-not-redundancy'),
      };
    case 'fixed-term':
      return {
        lines: [
          `${you ? 'You are' : 'They are'} on a fixed-term contract: fixed-term staff are consulted in the same way as other staff and have the right not to be selected unfairly for redundancy.`,
        ],
        sources: ruleSources('fixed-term-staff'),
      };
    case 'permanent':
      return { lines: [], sources: [] };
    default:
      return assertNever(employee.contract);
  }
}
