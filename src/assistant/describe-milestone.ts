import type { Milestone, When } from '../content/types.js';
import { formatDate, formatTime } from '../time/zoned.js';

export function describeWhen(when: When): string {
  switch (when.kind) {
    case 'date':
      return formatDate(when.date);
    case 'time': {
      const day = formatDate(when.start.slice(0, 10));
      const start = formatTime(when.start.slice(11));
      if (when.end === null) return `${day}, ${start}`;
      const sameDay = when.end.slice(0, 10) === when.start.slice(0, 10);
      return sameDay
        ? `${day}, ${start} to ${formatTime(when.end.slice(11))}`
        : `${day}, ${start} to ${formatDate(when.end.slice(0, 10))}, ${formatTime(when.end.slice(11))}`;
    }
    case 'window':
      return `${formatDate(when.from)} to ${formatDate(when.to)}`;
  }
}

/** One line for a list of dates: title, when, place, what to do; provisional dates say so. */
export function milestoneLine(m: Milestone): string {
  const parts = [`**${m.title}**: ${describeWhen(m.when)}`];
  if (m.place) parts.push(`at ${m.place}`);
  let line = parts.join(', ');
  if (m.status === 'provisional') line += ` _(provisional date${m.note ? `: ${m.note}` : ''})_`;
  if (m.action) line += `. To do: ${m.action.text}${m.action.essential ? ' (essential)' : ''}.`;
  return line;
}
