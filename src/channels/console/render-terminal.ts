import type { Reply } from '../../assistant/reply.js';

/**
 * A Reply for a terminal: Markdown kept readable as plain text (bold stays **bold**, quotes
 * stay >), then the sources and how sure the assistant is.
 */
export function renderForTerminal(reply: Reply): string {
  const lines = [reply.text];
  if (reply.sources.length > 0) {
    lines.push('', 'Sources:');
    for (const s of reply.sources) lines.push(`  - ${s.title} (${s.ref}${s.updated ? `, updated ${s.updated}` : ''})`);
  }
  const notes: string[] = [];
  if (reply.private) notes.push('private: shown only to you');
  if (!reply.abstained && reply.confidence < 1) notes.push(`confidence ${reply.confidence.toFixed(2)}`);
  for (const action of reply.actions) {
    switch (action.kind) {
      case 'ask-hr':
        notes.push('in Slack you could pass this question to HR');
        break;
      case 'mark-done':
        // Marking actions done is a Slack button for now; the terminal lists the action in the text.
        break;
    }
  }
  if (notes.length > 0) lines.push('', `(${notes.join('; ')})`);
  return lines.join('\n');
}
