import type { ContentPack, Employee } from '../content/types.js';
import type { Asker } from './reply.js';

/**
 * Finds another person a question is about: by employee id ("E012") or by full name
 * ("Sam Patel"). Names are looked up by word pairs, so the cost does not grow with staff.
 */
export function createSubjectFinder(pack: ContentPack): (question: string) => Employee | null {
  const byName = new Map<string, Employee>();
  const byId = new Map<string, Employee>();
  for (const e of pack.staff.values()) {
    byName.set(nameKey(e.name), e);
    byId.set(e.id.toLowerCase(), e);
  }
  return (question) => {
    const words = question.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    for (const word of words) {
      const e = byId.get(word);
      if (e) return e;
    }
    for (let n = 4; n >= 2; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const e = byName.get(nameKey(words.slice(i, i + n).join(' ')));
        if (e) return e;
      }
    }
    return null;
  };
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, '').replace(/\s+/g, ' ').trim();
}

/** DESIGN.md: a person's data goes to that person, their line manager (direct reports only) or HR. */
export function maySee(asker: Asker, subject: Employee): boolean {
  return asker.isHr || asker.employeeId === subject.id || (asker.employeeId !== null && subject.managerId === asker.employeeId);
}
