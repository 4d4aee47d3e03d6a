/**
 * Slack reads `<...>` as a link or mention (`<!channel>` pings everyone, `<@U123>` pings a
 * person) and `&` as the start of an entity, so text from a person or a file is escaped
 * before it goes into any message: then it shows exactly as typed and pings nobody.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack sends message text with `&`, `<` and `>` escaped; this is the text as typed. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
