import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger, createSlackReminderChannel, structuredLog } from '../channels/slack/index.js';
import { loadConfig } from '../config.js';
import { loadPack } from '../content/load-pack.js';
import { createReminderScheduler } from '../reminders/scheduler.js';
import { openStore } from '../store/open-store.js';
import type { FanOutReply, FanOutRequest } from './fan-out-process.js';

/*
 * A process that sends reminders and nothing else, for the fan-out benchmark and the
 * crash test: configuration from an environment, the store in DATA_DIR, the pack in
 * CONTENT_DIR, and the scheduler built as main.ts builds it (the same Slack reminder
 * channel and WebClient settings), except that it stands at a given moment and runs
 * until nothing is left waiting instead of every minute. Forked by fan-out-process.ts;
 * it replies once and exits, unless it is killed first.
 */

const MAX_RUNS = 20;

async function fanOut(request: FanOutRequest): Promise<FanOutReply> {
  const config = loadConfig(request.env);
  if (config.slack === null) throw new Error('the fan-out needs Slack settings');
  const loaded = loadPack(config.contentDir ?? '');
  if (!loaded.ok) throw new Error(`the pack in ${config.contentDir ?? '?'} does not load`);
  const pack = () => loaded.pack;
  const store = openStore(config.dataDir);
  const logger = createLogger(config.logLevel);
  const scheduler = createReminderScheduler({
    pack,
    actions: store.actions,
    state: store.reminderState,
    ledger: store.ledger,
    channel: createSlackReminderChannel(config.slack, pack, logger),
    policy: config.reminderHours,
    announce: config.slack.announceChannelId !== null,
    clock: () => new Date(),
    sleep: (ms) => sleep(ms),
    intervalMs: request.intervalMs,
    log: structuredLog(logger),
  });
  const started = Date.now();
  // Time passes from the requested moment as it does here, so a long fan-out is late as it would be.
  const at = () => new Date(Date.parse(request.at) + (Date.now() - started));
  const totals = { sent: 0, reconciled: 0, skipped: 0, failed: 0, pending: 0, runs: 0 };
  // What Slack did not take in one run (rate limits past their waits) waits for the next, as it would a minute later.
  do {
    const report = await scheduler.tick(at());
    totals.sent += report.sent.length;
    totals.reconciled += report.reconciled.length;
    totals.skipped += report.skipped.length;
    totals.failed += report.failed.length;
    totals.pending = report.pending.length;
    totals.runs++;
  } while (totals.pending > 0 && totals.runs < MAX_RUNS);
  await scheduler.stop();
  store.close();
  return { kind: 'done', ...totals, ms: Date.now() - started };
}

process.once('message', (request: FanOutRequest) => {
  fanOut(request).then(
    (reply) => process.send?.(reply, undefined, {}, () => process.disconnect?.()),
    (error: unknown) => process.send?.({ kind: 'error', message: error instanceof Error ? error.message : String(error) }, undefined, {}, () => process.disconnect?.()),
  );
});
