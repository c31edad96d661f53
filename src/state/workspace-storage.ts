import { browserStorage } from './storage.ts';
import { readWorkspaceText, type Workspace, type WorkspaceReading } from './workspace.ts';

/** Where "Mes simulations" lives in this browser, and where unreadable entries are set aside. */
const WORKSPACE_KEY = 'aide-contrat-pro:simulations';
const SET_ASIDE_KEY = 'aide-contrat-pro:mises-de-cote';

export type StorageProblem = 'unavailable' | 'full';

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** Reads the saved simulations; entries that cannot be read are kept under another key, never lost. */
export function loadWorkspace(): WorkspaceReading & { problem: StorageProblem | null } {
  const target = browserStorage();
  if (!target) return { ...readWorkspaceText(null), problem: 'unavailable' };
  let text: string | null;
  try {
    text = target.getItem(WORKSPACE_KEY);
  } catch {
    return { ...readWorkspaceText(null), problem: 'unavailable' };
  }
  const reading = readWorkspaceText(text);
  if (reading.setAside.length > 0) {
    try {
      const previous = JSON.parse(target.getItem(SET_ASIDE_KEY) ?? '[]') as unknown;
      const kept = Array.isArray(previous) ? previous : [previous];
      target.setItem(SET_ASIDE_KEY, JSON.stringify([...kept, ...reading.setAside]));
      target.setItem(WORKSPACE_KEY, JSON.stringify(reading.workspace));
    } catch {
      // Could not move them aside: leave the stored text untouched rather than lose anything.
    }
  }
  return { ...reading, problem: null };
}

export function saveWorkspace(workspace: Workspace): StorageProblem | null {
  const target = browserStorage();
  if (!target) return 'unavailable';
  try {
    target.setItem(WORKSPACE_KEY, JSON.stringify(workspace));
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

export function setAsideCount(): number {
  try {
    const value = JSON.parse(browserStorage()?.getItem(SET_ASIDE_KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.length : 1;
  } catch {
    return 1;
  }
}
