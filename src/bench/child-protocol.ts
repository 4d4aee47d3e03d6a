/** Messages between `npm run bench` and the fresh processes it measures in (src/bench/child.ts). */
export type ChildRequest =
  | { readonly kind: 'load'; readonly dir: string }
  | { readonly kind: 'serve'; readonly dir: string; readonly seconds: number; readonly seed: number };

export type ChildReply =
  | {
      readonly kind: 'load';
      /** The first loadPack + createDefaultAssistant in the process, modules already imported. */
      readonly ms: number;
      /** Of which loadPack (read and validate the files) ... */
      readonly loadMs: number;
      /** ... and createDefaultAssistant (the search index and the rest of the assistant). */
      readonly buildMs: number;
      /** From process start to the assistant ready: Node start, imports and TypeScript compilation too. */
      readonly sinceStartMs: number;
    }
  | {
      readonly kind: 'serve';
      /** Before the pack is read: Node, the TypeScript loader and the code. */
      readonly startRssMb: number;
      readonly readyRssMb: number;
      /** The kernel's peak resident set when the assistant is ready: what loading and building took at most. */
      readonly readyHwmMb: number | null;
      readonly readyHeapUsedMb: number;
      /** Largest process.memoryUsage().rss seen while answering. */
      readonly maxRssMb: number;
      /** The kernel's peak resident set (VmHWM in /proc/self/status) at the end; null where there is none. */
      readonly hwmMb: number | null;
      readonly asks: number;
      readonly seconds: number;
    }
  | { readonly kind: 'error'; readonly message: string };
