/**
 * Slack's own "no" (`ok: false` with an error code) as opposed to Slack being unreachable:
 * a refusal is final and is handled, an outage is retried. Null when not a refusal.
 */
export function platformError(error: unknown): string | null {
  if (error === null || typeof error !== 'object') return null;
  const e = error as { code?: unknown; data?: { error?: unknown } };
  return e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' ? e.data.error : null;
}
