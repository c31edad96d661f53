/**
 * Runs work once the browser has painted the answer to the user's action: writing 10,000 saved
 * simulations to storage takes tens of milliseconds, which the click need not wait for. Tasks
 * run in order; they all run at once if the page is hidden or closed first, so that nothing is
 * lost when the tab goes away (a hidden tab paints no frame).
 */
const queue: (() => void)[] = [];
let scheduled = false;
let listening = false;

function flush(): void {
  scheduled = false;
  while (queue.length) {
    const task = queue.shift()!;
    try {
      task();
    } catch (error) {
      // Reported, without holding up the tasks behind it (their saves would wait forever).
      setTimeout(() => {
        throw error;
      }, 0);
    }
  }
}

export function afterNextPaint(task: () => void): void {
  queue.push(task);
  if (typeof window === 'undefined' || typeof requestAnimationFrame !== 'function') {
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
    return;
  }
  if (!listening) {
    listening = true;
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  if (scheduled) return;
  scheduled = true;
  let ran = false;
  const runOnce = () => {
    if (ran) return;
    ran = true;
    flush();
  };
  // The frame callback comes before the paint, the timeout after it; the fallback timeout covers
  // a page that paints no frame at all.
  requestAnimationFrame(() => setTimeout(runOnce, 0));
  setTimeout(runOnce, 250);
}
