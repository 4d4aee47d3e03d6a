import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildReply, ChildRequest } from './child-protocol.js';
import { REPO_ROOT, startCommand } from './start-command.js';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Runs one request in a fresh Node process and resolves with its reply. */
export function runChild(request: ChildRequest, timeoutMs = 120_000): Promise<Exclude<ChildReply, { kind: 'error' }>> {
  return new Promise((resolve, reject) => {
    // With the V8 flags npm start gives the bot: the heap's growth decides peak memory.
    // `--import tsx` is resolved from the working directory: the repository root has it.
    const child = fork(CHILD, [], { cwd: REPO_ROOT, execArgv: [...startCommand().nodeFlags, '--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    let settled = false;
    const finish = (error: Error | null, reply?: ChildReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else if (reply?.kind === 'error') reject(new Error(`bench child: ${reply.message}`));
      else if (reply) resolve(reply);
    };
    const timer = setTimeout(() => {
      child.kill();
      finish(new Error(`bench child did not answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('message', (reply: ChildReply) => finish(null, reply));
    child.on('error', (error) => finish(error));
    child.on('exit', (code) => finish(new Error(`bench child exited (code ${code ?? 'none'}) without a reply${stderr ? `: ${stderr.trim().slice(0, 500)}` : ''}`)));
    child.send(request);
  });
}
