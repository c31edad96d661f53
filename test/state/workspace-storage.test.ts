import { afterEach, describe, expect, it } from 'vitest';
import { loadWorkspace, saveWorkspace, setAsideCount } from '../../src/state/workspace-storage.ts';
import { emptyWorkspace } from '../../src/state/workspace.ts';

/** A Storage stand-in: a Map, optionally full or refusing all access (private mode). */
function installStorage(behaviour: 'ok' | 'full' | 'refused', initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage = {
    getItem: (key: string) => {
      if (behaviour === 'refused') throw new DOMException('denied', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (behaviour === 'refused') throw new DOMException('denied', 'SecurityError');
      if (behaviour === 'full') throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => data.delete(key),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  return data;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('workspace storage', () => {
  it('says the storage is full instead of failing silently', () => {
    installStorage('full');
    expect(saveWorkspace(emptyWorkspace())).toBe('full');
  });

  it('says the storage is unavailable in private mode, and reads nothing', () => {
    installStorage('refused');
    expect(saveWorkspace(emptyWorkspace())).toBe('unavailable');
    expect(loadWorkspace()).toMatchObject({ problem: 'unavailable', workspace: { simulations: [] } });
  });

  it('saves and reads back', () => {
    installStorage('ok');
    const workspace = { ...emptyWorkspace(), employers: { 'nom:x': { otherRegionalAid: 1, deMinimisReceived: 2 } } };
    expect(saveWorkspace(workspace)).toBeNull();
    expect(loadWorkspace().workspace).toEqual(workspace);
  });

  it('moves unreadable entries to a separate key instead of dropping them', () => {
    const broken = { id: 'x' };
    const data = installStorage('ok', {
      'aide-contrat-pro:simulations': JSON.stringify({ version: 2, simulations: [broken], employers: {} }),
    });
    const reading = loadWorkspace();
    expect(reading.workspace.simulations).toEqual([]);
    expect(reading.messages[0]).toContain('mises de côté');
    expect(JSON.parse(data.get('aide-contrat-pro:mises-de-cote')!)).toEqual([broken]);
    expect(setAsideCount()).toBe(1);
  });
});
