import type { Random } from './random.js';
import { ADJECTIVES, GROUPS, NOUNS, PLACES, REASONS, VERBS } from './vocabulary.js';

/**
 * Sentences in the register of a consultation document, from templates filled with the
 * restructure vocabulary. Not lorem ipsum: search over the generated document meets the
 * same words, and the same mix of common and rare ones, as over a real consultation.
 */
export interface ProseContext {
  readonly service: string;
  readonly specialisms: readonly string[];
}

const TEMPLATES: readonly ((r: Random, c: ProseContext) => string)[] = [
  (r, c) => `The proposal is to ${r.pick(VERBS)} the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} within ${c.service} so that ${r.pick(GROUPS)} receive a ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}.`,
  (r, c) => `Under the new structure, ${c.service} will ${r.pick(VERBS)} its ${r.pick(NOUNS)} across ${pickTwo(r, PLACES).join(' and ')}.`,
  (r) => `This is needed because of ${r.pick(REASONS)}, and it will allow us to ${r.pick(VERBS)} the ${r.pick(NOUNS)} for ${r.pick(GROUPS)}.`,
  (r, c) => `We want your views on how the ${r.pick(NOUNS)} in ${c.service} should ${r.pick(VERBS)} ${r.pick(GROUPS)} during the transition.`,
  (r) => `Feedback from ${r.pick(GROUPS)} told us that the ${r.pick(NOUNS)} was not always ${r.pick(ADJECTIVES)}, and that the ${r.pick(NOUNS)} needed to be more ${r.pick(ADJECTIVES)}.`,
  (r, c) => `The ${r.pick(c.specialisms)} function will be led by a single manager, accountable for the ${r.pick(NOUNS)} and the ${r.pick(NOUNS)} of the team.`,
  (r, c) => `Staff in ${r.pick(c.specialisms)} posts would be considered for the new ${r.pick(ADJECTIVES)} roles under the ring-fence arrangements set out in Section 6.`,
  (r) => `The proposed changes are expected to save £${r.int(40, 900)},000 a year by ${r.int(2025, 2028)}, while protecting the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}.`,
  (r) => `${r.int(2, 40)} posts are proposed for deletion and ${r.int(2, 30)} new posts created, a net change of ${r.int(1, 15)} full-time equivalent posts.`,
  (r, c) => `Teams will be based in ${r.pick(PLACES)}, ${r.pick(PLACES)} and ${r.pick(PLACES)}, with ${r.pick(c.specialisms)} staff working from all three bases.`,
  (r) => `The ${r.pick(NOUNS)} will be reviewed after twelve months with ${r.pick(GROUPS)}, and any further changes would be subject to consultation.`,
  (r, c) => `Job descriptions for the new ${c.service} posts are being evaluated, and grades shown as TBC will be confirmed before the ${r.pick(['preference sheets', 'interviews', 'appointments'])} begin.`,
  (r, c) => `Where a ${r.pick(c.specialisms)} post changes little other than its ${r.pick(['line management', 'base', 'team name', 'reporting line'])}, the holder will be asked to work in the new arrangements.`,
  (r, c) => `In ${r.pick(PLACES)}, the ${r.pick(c.specialisms)} team currently holds ${r.int(20, 400)} open cases, and the ${r.pick(ADJECTIVES)} model would ${r.pick(VERBS)} that caseload.`,
  (r) => `We will work with ${pickTwo(r, GROUPS).join(' and ')} to make sure the ${r.pick(NOUNS)} is ${r.pick(ADJECTIVES)} and ${r.pick(ADJECTIVES)}.`,
  (r) => `Managers will hold one-to-one meetings with every member of staff whose ${r.pick(['post', 'role', 'team', 'base'])} is affected by the ${r.pick(NOUNS)}.`,
];

/** Two different items (the list must hold at least two). */
function pickTwo<T>(r: Random, items: readonly T[]): [T, T] {
  const i = r.int(0, items.length - 1);
  const j = (i + r.int(1, items.length - 1)) % items.length;
  return [items[i] as T, items[j] as T];
}

export function sentence(r: Random, context: ProseContext): string {
  return r.pick(TEMPLATES)(r, context);
}

export function paragraph(r: Random, context: ProseContext, min = 3, max = 6): string {
  const n = r.int(min, max);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(sentence(r, context));
  return sentences.join(' ');
}

/** A short bulleted list, as consultation documents use for principles and aims. */
export function bullets(r: Random, context: ProseContext): string {
  const n = r.int(3, 6);
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    items.push(`- ${capitalise(r.pick(ADJECTIVES))} ${r.pick(NOUNS)} for ${r.pick(GROUPS)} in ${r.pick(context.specialisms)}`);
  }
  return items.join('\n');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
