import { browserStorage, isQuotaError, setAside, SET_ASIDE_PREFIX, type StorageProblem } from './storage.ts';
import { readWorkspaceText, type Workspace } from './workspace.ts';

export type { StorageProblem } from './storage.ts';

/** Where "Mes simulations" lives in this browser. */
export const WORKSPACE_KEY = 'aide-contrat-pro:simulations';

export interface StoredWorkspace {
  workspace: Workspace;
  messages: string[];
  /** Storage refused, or the list was saved by a newer version of the app: nothing is written. */
  problem: StorageProblem | 'newer-version' | null;
  /**
   * The stored text when it holds unreadable entries that could not be copied aside (storage
   * full): nothing may be written over it until the user has downloaded it and said so.
   */
  unreadableText: string | null;
}

/**
 * The last text read or written, and what it reads as. Every change re-reads the stored list
 * (another tab may have saved meanwhile); when the text is the one already known, its reading is
 * reused: parsing and validating 10,000 simulations on each click would be felt.
 */
let known: { text: string | null; stored: StoredWorkspace } | null = null;

function remember(text: string | null, stored: StoredWorkspace): StoredWorkspace {
  known = { text, stored };
  return stored;
}

function notKept(count: number): string {
  return count > 1
    ? `${count} éléments illisibles n'ont pas pu être mis de côté (espace de stockage plein ?) : ils restent en place et rien ne sera enregistré par-dessus. Téléchargez-les pour les garder, puis choisissez de continuer.`
    : "1 élément illisible n'a pas pu être mis de côté (espace de stockage plein ?) : il reste en place et rien ne sera enregistré par-dessus. Téléchargez-le pour le garder, puis choisissez de continuer.";
}

/**
 * Reads the saved simulations. Entries that cannot be read are copied under a set-aside key
 * first, and only then removed from the list; if no copy can be made, the stored text is left
 * untouched and reported as `unreadableText`.
 */
export function loadWorkspace(): StoredWorkspace {
  const target = browserStorage();
  const unavailable = (): StoredWorkspace => ({ ...readWorkspaceText(null), problem: 'unavailable', unreadableText: null });
  if (!target) return unavailable();
  let text: string | null;
  try {
    text = target.getItem(WORKSPACE_KEY);
  } catch {
    return unavailable();
  }
  if (known && known.text === text) return known.stored;
  const reading = readWorkspaceText(text);
  if (reading.newerVersion) return { workspace: reading.workspace, messages: [], problem: 'newer-version', unreadableText: null };
  if (reading.setAside.length === 0) {
    return remember(text, { workspace: reading.workspace, messages: reading.messages, problem: null, unreadableText: null });
  }
  if (!setAside('simulations', JSON.stringify(reading.setAside))) {
    // Not remembered: the next read tries the copy again (space may have been freed).
    return { workspace: reading.workspace, messages: [notKept(reading.setAside.length)], problem: null, unreadableText: text };
  }
  const cleaned = JSON.stringify(reading.workspace);
  try {
    target.setItem(WORKSPACE_KEY, cleaned);
  } catch {
    // The copy is kept and the list still holds the entries: they will be set aside again (as
    // another copy) next time. Nothing is lost either way.
    return { workspace: reading.workspace, messages: reading.messages, problem: null, unreadableText: null };
  }
  return remember(cleaned, { workspace: reading.workspace, messages: reading.messages, problem: null, unreadableText: null });
}

export type WriteOutcome =
  | { ok: true; workspace: Workspace }
  | { ok: false; problem: StorageProblem | 'newer-version' | 'unreadable-kept'; current: StoredWorkspace };

/**
 * Applies a change to the list as stored now, not as this page last saw it: another tab may have
 * saved a simulation meanwhile, and writing this page's copy would erase it. `approvedUnreadable` is
 * the stored text the user downloaded and agreed to write over; any other unreadable text is kept.
 */
export function updateWorkspace(
  change: (current: Workspace) => Workspace,
  { approvedUnreadable = null }: { approvedUnreadable?: string | null } = {},
): WriteOutcome {
  const current = loadWorkspace();
  if (current.problem) return { ok: false, problem: current.problem, current };
  if (current.unreadableText !== null && current.unreadableText !== approvedUnreadable) {
    return { ok: false, problem: 'unreadable-kept', current };
  }
  const next = change(current.workspace);
  const text = JSON.stringify(next);
  try {
    browserStorage()!.setItem(WORKSPACE_KEY, text);
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'full' : 'unavailable', current };
  }
  remember(text, { workspace: next, messages: [], problem: null, unreadableText: null });
  return { ok: true, workspace: next };
}

/** Forgets what was read, as if the page had been reloaded (tests; a 'storage' event does not need it). */
export function forgetKnownWorkspace(): void {
  known = null;
}

/** The keys of this browser's set-aside copies, in order. */
function setAsideKeys(target: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < target.length; index++) {
    const key = target.key(index);
    if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/** How many set-aside copies this browser keeps (their texts, possibly large, are not read). */
export function countSetAsideCopies(): number {
  try {
    const target = browserStorage();
    return target ? setAsideKeys(target).length : 0;
  } catch {
    return 0;
  }
}

/** Every set-aside copy in this browser, as stored, for the user to download. */
export function setAsideCopies(): { key: string; text: string }[] {
  try {
    const target = browserStorage();
    return target ? setAsideKeys(target).map((key) => ({ key, text: target.getItem(key) ?? '' })) : [];
  } catch {
    // Storage refused: nothing can be read.
    return [];
  }
}
