import { flushSync } from 'svelte';

/** Context key under which App hands its Stager to the <Staged> blocks of the page. */
export const STAGER = Symbol('stager');

/**
 * Shows the page's first render one block per task, in document order, so that no task blocks
 * the main thread long on a slow phone (Total Blocking Time: Lighthouse counts every task over
 * 50 ms on a CPU 4 times slower than a desktop). Each <Staged> block of the first render queues
 * itself; blocks inside a block that is being shown are queued right after it, before its next
 * siblings, so the page fills in from top to bottom and nothing already shown is pushed down
 * (layout shift). Once the queue is empty, blocks show at once: coming back to a view later, or a
 * field appearing on an answer, must not wait.
 */
export class Stager {
  #queue: (() => void)[] = [];
  #insertAt = 0;
  #done = false;
  #finish: () => void = () => {};

  /**
   * Settles once the last queued block is shown. Work that must not compete with the first render
   * waits for it: on a machine with few cores, the service worker's install (fetching and storing
   * every file of the app) took the CPU from the page's own tasks: in Lighthouse traces on a
   * 2-core machine, blocks needing 2 to 8 ms of CPU took 20 to 46 ms while the worker installed.
   */
  readonly finished: Promise<void> = new Promise((resolve) => (this.#finish = resolve));

  /** Queues a block's reveal; false when staging is over and the block shows at once. */
  enqueue(reveal: () => void): boolean {
    if (this.#done) return false;
    this.#queue.splice(this.#insertAt++, 0, reveal);
    return true;
  }

  /** Starts showing the queued blocks, after the first render (one task each). */
  start(): void {
    setTimeout(this.#step, 0);
  }

  #step = (): void => {
    const reveal = this.#queue.shift();
    if (!reveal) {
      this.#done = true;
      this.#finish();
      return;
    }
    this.#insertAt = 0;
    reveal();
    // Render the block now, so that the blocks it contains queue themselves before the next one.
    flushSync();
    setTimeout(this.#step, 0);
  };
}
