import * as z from 'zod/mini';
import { lazySchema } from '../rules/basics.ts';

/**
 * The draft of the current simulation, kept in this browser only so that a reload or a closed
 * tab loses nothing. It holds the URL parameters plus what never goes into a URL (birth date).
 */
const DRAFT_KEY = 'aide-contrat-pro:brouillon';

/**
 * Unreadable data is copied under a key of its own, one per copy: a copy never reads, merges or
 * rewrites an earlier one, so a damaged earlier copy cannot make a later one fail or vanish.
 * The first release kept every copy in an array under the bare prefix; that key is still counted.
 */
export const SET_ASIDE_PREFIX = 'aide-contrat-pro:mises-de-cote';

const buildDraftSchema = () =>
  z.object({
    version: z.literal(1),
    parameters: z.string(),
    birthDate: z.string(),
    ageMode: z.enum(['answer', 'birthDate']),
  });
const draftSchema = lazySchema(buildDraftSchema);

export type Draft = z.infer<ReturnType<typeof buildDraftSchema>>;

export type StorageProblem = 'unavailable' | 'full';

/** Storage can be missing or refuse access (private mode, quota): never let that break the page. */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

let setAsideCounter = 0;

/**
 * Keeps `text` under a new set-aside key. Returns false when it could not be copied (storage
 * refused or full): the caller must then leave the original where it is.
 */
export function setAside(kind: string, text: string, now: Date = new Date()): boolean {
  try {
    const target = browserStorage();
    if (!target) return false;
    setAsideCounter += 1;
    target.setItem(`${SET_ASIDE_PREFIX}:${kind}:${now.toISOString()}:${setAsideCounter}`, text);
    return true;
  } catch {
    return false;
  }
}

function parseDraft(raw: string): Draft | null {
  try {
    const parsed = draftSchema().safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type DraftReading =
  | { draft: Draft | null; problem: null }
  /** An unreadable draft, copied aside ('set-aside') or left in place because no copy could be made. */
  | { draft: null; problem: 'set-aside' | 'kept-in-place' };

export function loadDraft(): DraftReading {
  let raw: string | null;
  try {
    raw = browserStorage()?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return { draft: null, problem: null };
  }
  if (!raw) return { draft: null, problem: null };
  const parsed = parseDraft(raw);
  if (parsed) return { draft: parsed, problem: null };
  if (!setAside('brouillon', raw)) return { draft: null, problem: 'kept-in-place' };
  // Copied: the original goes, so that each reload does not copy it again.
  clearDraft();
  return { draft: null, problem: 'set-aside' };
}

/** Returns false when the browser refused to store it. */
export function saveDraft(draft: Draft): boolean {
  try {
    const target = browserStorage();
    if (!target) return false;
    target.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(): void {
  try {
    browserStorage()?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
