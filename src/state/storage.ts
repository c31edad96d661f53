import * as z from 'zod/mini';
import { lazySchema } from '../rules/lazy-schema.ts';

/**
 * The draft of the current simulation, kept in this browser only so that a reload or a closed
 * tab loses nothing. It holds the URL parameters plus what never goes into a URL (birth date).
 */
const DRAFT_KEY = 'aide-contrat-pro:brouillon';

const buildDraftSchema = () =>
  z.object({
    version: z.literal(1),
    parameters: z.string(),
    birthDate: z.string(),
    ageMode: z.enum(['answer', 'birthDate']),
  });
const draftSchema = lazySchema(buildDraftSchema);

export type Draft = z.infer<ReturnType<typeof buildDraftSchema>>;

/** Storage can be missing or refuse access (private mode, quota): never let that break the page. */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadDraft(): Draft | null {
  try {
    const raw = browserStorage()?.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed = draftSchema().safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
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
