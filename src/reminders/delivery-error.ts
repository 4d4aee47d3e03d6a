/**
 * How a delivery step went wrong, which decides what happens next:
 * - `rate-limited`: Slack refused for now and said when to come back; nothing was posted.
 * - `unreachable`: this recipient cannot be messaged (no Slack account, deactivated, DMs
 *   refused); final for them, the fan-out goes on.
 * - `refused`: Slack rejected this message; final.
 * - `unknown`: no answer (timeout, network, 5xx). A post may or may not have happened, so
 *   it is reconciled against the conversation's history before any retry.
 */
export type DeliveryErrorKind = 'rate-limited' | 'unreachable' | 'refused' | 'unknown';

export class DeliveryError extends Error {
  constructor(
    readonly kind: DeliveryErrorKind,
    /** Why, in words safe for a log line: a Slack error code, never a name or an email. */
    readonly reason: string,
    /** For `rate-limited`: how long Slack asked us to wait. */
    readonly retryAfterMs = 0,
    options?: { cause?: unknown },
  ) {
    super(`${kind}: ${reason}`, options);
    this.name = 'DeliveryError';
  }
}
