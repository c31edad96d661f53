/** Long lists shown a page at a time: rendering 10,000 cards froze the page for seconds. */
export function pageCount(length: number, size: number): number {
  return Math.max(1, Math.ceil(length / size));
}

/** The items of page `page` (from 0), clamped to the pages that exist. */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  const last = pageCount(items.length, size) - 1;
  const index = Math.min(Math.max(0, Math.trunc(page) || 0), last);
  return items.slice(index * size, index * size + size);
}
