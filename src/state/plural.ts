/**
 * "1 simulation importée", "3 simulations importées": French agreement by count, never "(s)".
 * `many` defaults to `one` + "s", right for the regular words of the app's messages.
 */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count > 1 ? many : one}`;
}

/** The word alone, agreed with a count (for the rest of a sentence). */
export function agree(count: number, one: string, many = `${one}s`): string {
  return count > 1 ? many : one;
}
