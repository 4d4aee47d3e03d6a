import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { benchAsks } from './bench-asks.js';
import type { ChildReply, ChildRequest } from './child-protocol.js';
import { loadAndBuildTimed } from './loaded-pack.js';
import { createRandom } from './random.js';

/*
 * A fresh process for the figures an already-warm process would flatter: the first pack
 * load (cold JIT, cold file cache aside) and peak memory while serving. Forked by
 * run-child.ts with an IPC channel; it does one request, replies once and exits.
 */

const MB = 1024 * 1024;

/** Replies, then closes the channel once the reply is written, which lets the process exit. */
function send(reply: ChildReply): void {
  if (process.send) process.send(reply, undefined, {}, () => process.disconnect?.());
}

/** VmHWM: the most resident memory the process has had, as the kernel counts it. */
function peakRssMb(): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function handle(request: ChildRequest): ChildReply {
  const startRss = process.memoryUsage().rss;
  const started = performance.now();
  const { pack, assistant, loadMs, buildMs } = loadAndBuildTimed(request.dir);
  const ready = performance.now();
  if (request.kind === 'load') return { kind: 'load', ms: ready - started, loadMs, buildMs, sinceStartMs: ready };

  const readyHwm = peakRssMb();
  const asks = benchAsks(pack, createRandom(request.seed), 2_000);
  const readyMemory = process.memoryUsage();
  let maxRss = readyMemory.rss;
  const until = performance.now() + request.seconds * 1000;
  let n = 0;
  while (performance.now() < until) {
    const ask = asks[n % asks.length];
    if (ask) assistant.reply(ask.question, ask.asker, ask.now);
    n++;
    if (n % 25 === 0) maxRss = Math.max(maxRss, process.memoryUsage().rss);
  }
  maxRss = Math.max(maxRss, process.memoryUsage().rss);
  return {
    kind: 'serve',
    startRssMb: startRss / MB,
    readyRssMb: readyMemory.rss / MB,
    readyHwmMb: readyHwm,
    readyHeapUsedMb: readyMemory.heapUsed / MB,
    maxRssMb: maxRss / MB,
    hwmMb: peakRssMb(), asks: n,
    seconds: request.seconds,
  };
}

process.once('message', (request: ChildRequest) => {
  let reply: ChildReply;
  try {
    reply = handle(request);
  } catch (error) {
    reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  send(reply);
});
