import { setTimeout as sleep } from 'node:timers/promises';
import type { SlackTimings } from '../../config.js';

/**
 * Posts to a response URL (slash commands, button clicks), which works in any channel,
 * even one the app is not in. The WebClient's retries do not cover these URLs, so this
 * retries the same way: on network errors, timeouts, 429 (after Retry-After) and 5xx.
 * Returns false when Slack says no for good (an expired or used-up URL): the caller then
 * sends a DM instead.
 */
export async function postToResponseUrl(url: string, payload: Readonly<Record<string, unknown>>, timings: SlackTimings): Promise<boolean> {
  let waitMs = 0;
  for (let attempt = 0; attempt <= timings.apiRetries; attempt++) {
    if (waitMs > 0) await sleep(waitMs);
    waitMs = Math.min(timings.apiRetryMaxMs, timings.apiRetryMinMs * timings.apiRetryFactor ** attempt);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(timings.apiTimeoutMs),
      });
    } catch {
      continue;
    }
    const body = await response.text().catch(() => '');
    if (response.status === 429 || response.status >= 500) {
      const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
      if (Number.isFinite(retryAfter)) waitMs = Math.max(waitMs, retryAfter * 1000);
      continue;
    }
    return response.ok && !saysNotOk(body);
  }
  return false;
}

function saysNotOk(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed !== null && typeof parsed === 'object' && (parsed as { ok?: unknown }).ok === false;
  } catch {
    return false;
  }
}
