import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from './load-pack.js';
import type { ContentError, ContentPack } from './types.js';

export interface Loaded<T> {
  readonly pack: ContentPack;
  /** What the program builds from a pack (the assistant and its index), swapped with it. */
  readonly built: T;
}

export type ReloadResult = { readonly ok: true } | { readonly ok: false; readonly errors: readonly ContentError[] };

export interface LivePack<T> {
  /** The last good pack and what was built from it. Read it per request: a swap is one assignment. */
  current(): Loaded<T>;
  /** Validates the folder again; swaps only if the whole pack is valid, else keeps serving the last good one. */
  reload(): ReloadResult;
  /** Called after every swap with the new and the previous pack. */
  onSwap(listener: (next: Loaded<T>, previous: Loaded<T>) => void): void;
  /** Called when a reload finds errors; the previous pack keeps serving. */
  onErrors(listener: (errors: readonly ContentError[]) => void): void;
  /** Reloads when a file in consultation/, faq/ or policies/ changes. */
  watch(debounceMs?: number): void;
  close(): void;
}

/**
 * Holds the pack being served and replaces it only with a pack that validated in full,
 * so a broken edit by HR never takes the bot down. The first load must succeed: the
 * caller decides what to do if it doesn't.
 */
export function createLivePack<T>(dir: string, first: ContentPack, build: (pack: ContentPack) => T): LivePack<T> {
  let loaded: Loaded<T> = { pack: first, built: build(first) };
  const swapListeners: ((next: Loaded<T>, previous: Loaded<T>) => void)[] = [];
  const errorListeners: ((errors: readonly ContentError[]) => void)[] = [];
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | null = null;
  let lastErrors = '';

  const reload = (): ReloadResult => {
    const result = loadPack(dir);
    if (!result.ok) {
      // The same errors reported again on every keystroke's save would flood HR's channel.
      const key = JSON.stringify(result.errors);
      if (key !== lastErrors) for (const listener of errorListeners) listener(result.errors);
      lastErrors = key;
      return { ok: false, errors: result.errors };
    }
    lastErrors = '';
    const previous = loaded;
    const next = { pack: result.pack, built: build(result.pack) };
    loaded = next;
    for (const listener of swapListeners) listener(next, previous);
    return { ok: true };
  };

  return {
    current: () => loaded,
    reload,
    onSwap: (listener) => void swapListeners.push(listener),
    onErrors: (listener) => void errorListeners.push(listener),
    watch(debounceMs = 300) {
      for (const folder of ['consultation', 'faq', 'policies']) {
        try {
          const watcher = watch(join(dir, folder), () => {
            // Editors save in several steps (truncate, write, rename): wait for the burst to end.
            if (timer) clearTimeout(timer);
            timer = setTimeout(() => {
              timer = null;
              reload();
            }, debounceMs);
          });
          watcher.on('error', () => watcher.close());
          watchers.push(watcher);
        } catch {
          // A missing folder is reported by the next reload's validation.
        }
      }
    },
    close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      watchers.length = 0;
    },
  };
}
