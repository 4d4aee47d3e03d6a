import { escapeSlackText } from './escape.js';

/**
 * The core writes Markdown (`**bold**`, `*italic*`, `- lists`, `> quotes`, `[text](url)`);
 * Slack's mrkdwn spells those `*bold*`, `_italic_`, `• `, `>` and `<url|text>`. Everything
 * else is escaped, so nothing in an answer can become a mention.
 */
export function markdownToMrkdwn(markdown: string): string {
  return markdown.split('\n').map(convertLine).join('\n');
}

function convertLine(line: string): string {
  const quote = /^\s*>\s?(.*)$/.exec(line);
  if (quote) return `>${quote[1] === '' ? '' : ` ${convertLine(quote[1] ?? '')}`}`;
  const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  if (heading) return `*${convertInline((heading[1] ?? '').replace(/\*\*/g, ''))}*`;
  const item = /^(\s*)[-*+]\s+(.*)$/.exec(line);
  if (item) return `${item[1] ?? ''}• ${convertInline(item[2] ?? '')}`;
  return convertInline(line);
}

// Placeholders outside anything a person can type, so bold markers survive the italic pass.
const BOLD = '\u0001';

function convertInline(text: string): string {
  return escapeSlackText(text)
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_m, label: string, url: string) => `<${url}|${label.replace(/\|/g, '/')}>`)
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, `${BOLD}$1${BOLD}`)
    .replace(/__(?=\S)(.+?)(?<=\S)__/g, `${BOLD}$1${BOLD}`)
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1_$2_')
    .replace(new RegExp(BOLD, 'g'), '*');
}
