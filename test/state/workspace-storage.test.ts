import { afterEach, describe, expect, it } from 'vitest';
import { loadDraft, saveDraft } from '../../src/state/storage.ts';
import {
  countSetAsideCopies,
  forgetKnownWorkspace,
  loadWorkspace,
  setAsideCopies,
  updateWorkspace,
} from '../../src/state/workspace-storage.ts';
import { emptyWorkspace, type SavedSimulation, type Workspace } from '../../src/state/workspace.ts';
import { savedSimulation } from '../fixtures/saved-simulation.ts';

/**
 * A Storage stand-in: a Map, optionally refusing all access (private mode); `full` makes every
 * write of a new key or a longer value fail as a real quota would.
 */
function installStorage(behaviour: 'ok' | 'full' | 'refused', initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage = {
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => {
      if (behaviour === 'refused') throw new DOMException('denied', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (behaviour === 'refused') throw new DOMException('denied', 'SecurityError');
      if (behaviour === 'full' && value.length > (data.get(key)?.length ?? -1))
        throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => data.delete(key),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  return data;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
  forgetKnownWorkspace();
});

const WORKSPACE_KEY = 'aide-contrat-pro:simulations';
const saved = (id: string, name = id) => savedSimulation(id, name);
const stored = (...simulations: unknown[]) => JSON.stringify({ version: 2, simulations, employers: {} });
const append = (simulation: SavedSimulation) => (current: Workspace) => ({
  ...current,
  simulations: [...current.simulations, simulation],
});

describe('workspace storage', () => {
  it('says the storage is full instead of failing silently', () => {
    installStorage('full');
    expect(updateWorkspace(append(saved('sim-aaaa')))).toMatchObject({ ok: false, problem: 'full' });
  });

  it('says the storage is unavailable in private mode, and reads nothing', () => {
    installStorage('refused');
    expect(updateWorkspace(append(saved('sim-aaaa')))).toMatchObject({ ok: false, problem: 'unavailable' });
    expect(loadWorkspace()).toMatchObject({ problem: 'unavailable', workspace: { simulations: [] } });
  });

  it('saves and reads back', () => {
    const data = installStorage('ok');
    const workspace = { ...emptyWorkspace(), employers: { 'nom:x': { otherRegionalAid: 1, deMinimisReceived: 2 } } };
    expect(updateWorkspace(() => workspace)).toEqual({ ok: true, workspace });
    forgetKnownWorkspace();
    expect(loadWorkspace().workspace).toEqual(workspace);
    expect(JSON.parse(data.get(WORKSPACE_KEY)!)).toEqual(workspace);
  });

  it('copies unreadable entries under a key of their own before removing them from the list', () => {
    const broken = { id: 'x' };
    const data = installStorage('ok', { [WORKSPACE_KEY]: stored(saved('sim-aaaa'), broken) });
    const reading = loadWorkspace();
    expect(reading.workspace.simulations.map((item) => item.id)).toEqual(['sim-aaaa']);
    expect(reading.messages[0]).toContain('1 simulation illisible a été mise de côté');
    const copies = setAsideCopies();
    expect(copies).toHaveLength(1);
    expect(countSetAsideCopies()).toBe(1);
    expect(JSON.parse(copies[0]!.text)).toEqual([broken]);
    expect(JSON.parse(data.get(WORKSPACE_KEY)!).simulations).toHaveLength(1);
  });

  it('keeps a damaged earlier set-aside copy untouched when setting more aside', () => {
    const data = installStorage('ok', { 'aide-contrat-pro:mises-de-cote': '{pas du json', [WORKSPACE_KEY]: '{illisible' });
    const reading = loadWorkspace();
    expect(reading.messages[0]).toContain(
      'Les simulations enregistrées dans ce navigateur sont illisibles : elles ont été mises de côté',
    );
    expect(data.get('aide-contrat-pro:mises-de-cote')).toBe('{pas du json');
    expect(setAsideCopies().map((copy) => copy.text)).toContain(JSON.stringify(['{illisible']));
  });

  it('when no copy can be made, leaves the stored text in place and refuses to write over it', () => {
    const data = installStorage('full', { [WORKSPACE_KEY]: stored(saved('sim-aaaa'), { id: 'x' }) });
    const original = data.get(WORKSPACE_KEY);
    const reading = loadWorkspace();
    expect(reading.unreadableText).toBe(original);
    expect(reading.messages[0]).toContain("1 élément illisible n'a pas pu être mis de côté");
    expect(reading.messages[0]).not.toContain('pas effacées');
    expect(updateWorkspace(append(saved('sim-bbbb')))).toMatchObject({ ok: false, problem: 'unreadable-kept' });
    expect(data.get(WORKSPACE_KEY)).toBe(original);
  });

  it('writes over unreadable entries only when told to (the user downloaded them)', () => {
    const data = installStorage('ok', { [WORKSPACE_KEY]: stored(saved('sim-aaaa'), { id: 'x' }) });
    // The copy fails once (quota), then space is freed.
    const storage = globalThis.localStorage as unknown as { setItem: (key: string, value: string) => void };
    const setItem = storage.setItem;
    storage.setItem = (key, value) => {
      if (key.includes('mises-de-cote')) throw new DOMException('full', 'QuotaExceededError');
      setItem(key, value);
    };
    const downloaded = data.get(WORKSPACE_KEY)!;
    expect(updateWorkspace(append(saved('sim-bbbb')))).toMatchObject({ ok: false, problem: 'unreadable-kept' });
    // A go-ahead given for another text (another tab wrote meanwhile) does not cover this one.
    expect(updateWorkspace(append(saved('sim-bbbb')), { approvedUnreadable: '{autre' })).toMatchObject({ ok: false });
    expect(updateWorkspace(append(saved('sim-bbbb')), { approvedUnreadable: downloaded })).toMatchObject({ ok: true });
    expect(JSON.parse(data.get(WORKSPACE_KEY)!).simulations.map((item: SavedSimulation) => item.id)).toEqual([
      'sim-aaaa',
      'sim-bbbb',
    ]);
  });

  it('applies each change to the list as stored now: a save from another tab is never lost', () => {
    const data = installStorage('ok');
    expect(updateWorkspace(append(saved('sim-tab1'))).ok).toBe(true);
    // Tab 2 writes meanwhile (its own copy of the list plus its new simulation).
    data.set(WORKSPACE_KEY, stored(saved('sim-tab1'), saved('sim-tab2')));
    expect(updateWorkspace(append(saved('sim-tab1-again'))).ok).toBe(true);
    expect(JSON.parse(data.get(WORKSPACE_KEY)!).simulations.map((item: SavedSimulation) => item.id)).toEqual([
      'sim-tab1',
      'sim-tab2',
      'sim-tab1-again',
    ]);
  });

  it('sets aside an entry whose id an earlier entry has, keeping the first', () => {
    installStorage('ok', { [WORKSPACE_KEY]: stored(saved('sim-aaaa', 'Premier'), saved('sim-aaaa', 'Second')) });
    const reading = loadWorkspace();
    expect(reading.workspace.simulations.map((item) => item.name)).toEqual(['Premier']);
    expect(JSON.parse(setAsideCopies()[0]!.text)).toEqual([saved('sim-aaaa', 'Second')]);
  });
});

describe('a list saved by a newer version', () => {
  it('is left as it is and nothing is written over it', () => {
    const newer = JSON.stringify({ version: 3, simulations: [{ anything: 1 }], employers: {} });
    const data = installStorage('ok', { [WORKSPACE_KEY]: newer });
    expect(loadWorkspace()).toMatchObject({ problem: 'newer-version', workspace: { simulations: [] } });
    expect(updateWorkspace(append(saved('sim-aaaa')))).toMatchObject({ ok: false, problem: 'newer-version' });
    expect(data.get(WORKSPACE_KEY)).toBe(newer);
    expect(setAsideCopies()).toEqual([]);
  });
});

describe('draft storage', () => {
  it('reads back a saved draft', () => {
    installStorage('ok');
    const draft = { version: 1 as const, parameters: 'type=cdi', birthDate: '', ageMode: 'answer' as const };
    expect(saveDraft(draft)).toBe(true);
    expect(loadDraft()).toEqual({ draft, problem: null });
  });

  it.each(['{pas du json', '{"version":7}', '"texte"'])('sets an unreadable draft (%s) aside instead of dropping it', (raw) => {
    installStorage('ok', { 'aide-contrat-pro:brouillon': raw });
    expect(loadDraft()).toEqual({ draft: null, problem: 'set-aside' });
    expect(setAsideCopies().map((copy) => copy.text)).toEqual([raw]);
    // Copied once: the next reload finds no draft and copies nothing again.
    expect(loadDraft()).toEqual({ draft: null, problem: null });
    expect(setAsideCopies()).toHaveLength(1);
  });

  it('says so when an unreadable draft cannot be copied', () => {
    installStorage('full', { 'aide-contrat-pro:brouillon': '{pas du json' });
    expect(loadDraft()).toEqual({ draft: null, problem: 'kept-in-place' });
  });
});

describe('an import that storage refuses', () => {
  it('says the storage is full, never that the simulations were imported', async () => {
    installStorage('full');
    const { WorkspaceState } = await import('../../src/state/workspace-state.svelte.ts');
    const { CatalogueLoader } = await import('../../src/state/catalogue.svelte.ts');
    const state = new WorkspaceState('2026-09-15', new CatalogueLoader());
    await state.importText(JSON.stringify({ version: 2, simulations: [saved('sim-aaaa'), saved('sim-bbbb')], employers: {} }));
    expect(state.status).toContain("L'espace de stockage de ce navigateur est plein");
    expect(state.status).not.toContain('importée');
    expect(state.workspace.simulations).toEqual([]);
  });
});

describe('an employer amount typed wrong', () => {
  it('is refused with a message quoting at most 60 characters of it, and changes nothing', async () => {
    const data = installStorage('ok');
    const { WorkspaceState } = await import('../../src/state/workspace-state.svelte.ts');
    const { CatalogueLoader } = await import('../../src/state/catalogue.svelte.ts');
    const state = new WorkspaceState('2026-09-15', new CatalogueLoader());
    for (const text of ['constructor', '12 000 €', 'x'.repeat(3000)]) {
      expect(state.setFigureText('nom:x', 'otherRegionalAid', text)).toBe(false);
      expect(state.status).toContain("n'est pas un montant en euros");
      expect(state.status.length).toBeLessThan(200);
    }
    expect(data.get(WORKSPACE_KEY)).toBeUndefined();
  });
});
