import type { Consultation } from '../content/types.js';

/** "Tim Barnett (HR Lead to the Transformation Team, 01865 323368)" for each HR contact. */
export function hrContactsText(consultation: Consultation): string {
  return consultation.hrContacts
    .map((c) => {
      const details = [c.role, c.phone, c.email, c.slackChannel].filter((d): d is string => Boolean(d));
      return `${c.name} (${details.join(', ')})`;
    })
    .join('; ');
}
