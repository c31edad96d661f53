import { describe, expect, it } from 'vitest';
import {
  exportWorkspace,
  importWorkspace,
  readWorkspaceData,
  readWorkspaceText,
  type SavedSimulation,
  type Workspace,
} from '../../src/state/workspace.ts';

const saved = (id: string, name: string, parameters = 'debut=2026-09-01&type=cdi'): SavedSimulation => ({
  id,
  name,
  employer: 'Boulangerie Martin',
  parameters,
  birthDate: '',
  ageMode: 'answer',
  savedAt: '2026-11-20T10:00:00.000Z',
});

const workspace = (...simulations: SavedSimulation[]): Workspace => ({ version: 2, simulations, employers: {} });

describe('reading what the browser holds', () => {
  it('reads the current format', () => {
    const reading = readWorkspaceText(JSON.stringify(workspace(saved('sim-aaaa', 'A'))));
    expect(reading.workspace.simulations.map((item) => item.name)).toEqual(['A']);
    expect(reading.setAside).toEqual([]);
    expect(reading.messages).toEqual([]);
  });

  it('migrates the older format and says so', () => {
    const reading = readWorkspaceData({
      version: 1,
      simulations: [{ nom: 'Ancienne', parametres: 'debut=2025-01-06&type=cdi', date: '2025-02-01' }],
    });
    expect(reading.workspace.version).toBe(2);
    expect(reading.workspace.simulations).toMatchObject([
      {
        name: 'Ancienne',
        parameters: 'debut=2025-01-06&type=cdi',
        employer: '',
        ageMode: 'answer',
        savedAt: '2025-02-01T00:00:00.000Z',
      },
    ]);
    expect(reading.messages[0]).toContain("l'ancien format");
  });

  it('sets a corrupted entry aside with a message, keeping the others', () => {
    const broken = { id: 'x', name: '', parameters: 42 };
    const reading = readWorkspaceData({ version: 2, simulations: [saved('sim-aaaa', 'A'), broken], employers: {} });
    expect(reading.workspace.simulations.map((item) => item.id)).toEqual(['sim-aaaa']);
    expect(reading.setAside).toEqual([broken]);
    expect(reading.messages[0]).toContain('1 simulation illisible a été mise de côté');
  });

  it.each([
    ['a saved date that does not exist', { savedAt: '2024-02-30T00:00:00Z' }],
    ['a saved date in year 9999', { savedAt: '9999-01-01T00:00:00Z' }],
    ['a saved date that is not one', { savedAt: 'hierT00:00' }],
  ])('sets aside an entry with %s', (_, change) => {
    const bad = { ...saved('sim-bbbb', 'B'), ...change };
    const reading = readWorkspaceData({ version: 2, simulations: [saved('sim-aaaa', 'A'), bad], employers: {} });
    expect(reading.workspace.simulations.map((item) => item.id)).toEqual(['sim-aaaa']);
    expect(reading.setAside).toEqual([bad]);
  });

  it('sets aside an old-format entry whose date cannot be read, migrating the others', () => {
    const bad = { nom: 'Hier', parametres: 'type=cdi', date: 'hier' };
    const reading = readWorkspaceData({
      version: 1,
      simulations: [{ nom: 'Bonne', parametres: 'type=cdi', date: '2025-02-01' }, bad],
    });
    expect(reading.workspace.simulations.map((item) => item.name)).toEqual(['Bonne']);
    expect(reading.setAside).toEqual([bad]);
    expect(reading.messages).toHaveLength(2);
  });

  it('sets foreign or unreadable data aside whole, never crashing', () => {
    for (const text of ['{not json', '"texte"', '{"version":"2","simulations":[]}', '[1,2,3]']) {
      const reading = readWorkspaceText(text);
      expect(reading.recognised, text).toBe(false);
      expect(reading.workspace.simulations).toEqual([]);
      expect(reading.setAside).toHaveLength(1);
    }
    expect(readWorkspaceText(null).messages).toEqual([]);
  });

  it('keeps an employer key named __proto__ as a key, without touching the prototype', () => {
    const figures = { otherRegionalAid: 1, deMinimisReceived: 0 };
    const data = JSON.parse(
      `{"version":2,"simulations":[],"employers":{"__proto__":${JSON.stringify(figures)},"nom:x":${JSON.stringify(figures)}}}`,
    );
    const { employers } = readWorkspaceData(data).workspace;
    expect(Object.keys(employers)).toEqual(['__proto__', 'nom:x']);
    expect(Object.getPrototypeOf(employers)).toBe(Object.prototype);
  });

  it('leaves a list of a later format alone (another tab runs a newer version), setting nothing aside', () => {
    const reading = readWorkspaceText('{"version":9,"simulations":[{"id":"x"}]}');
    expect(reading).toMatchObject({ recognised: false, newerVersion: true, setAside: [] });
  });
});

describe('export and import', () => {
  it('round-trips: what is exported imports back into an empty list identically', () => {
    const original = workspace(saved('sim-aaaa', 'A'), saved('sim-bbbb', 'B', 'debut=2026-10-01&type=cdd&fin=2027-09-30'));
    original.employers['nom:boulangerie martin'] = { otherRegionalAid: 12000, deMinimisReceived: 0 };
    const outcome = importWorkspace(workspace(), exportWorkspace(original, new Date('2026-11-29T12:00:00Z')));
    expect(outcome).toMatchObject({ ok: true, added: 2, duplicates: 0 });
    if (outcome.ok) expect(outcome.workspace).toEqual(original);
  });

  it('detects duplicates by id or by same name and parameters', () => {
    const current = workspace(saved('sim-aaaa', 'A'));
    const file = exportWorkspace(workspace(saved('sim-aaaa', 'A'), saved('sim-cccc', 'A'), saved('sim-dddd', 'D')), new Date());
    const outcome = importWorkspace(current, file);
    expect(outcome).toMatchObject({ ok: true, added: 1, duplicates: 2 });
  });

  it('keeps both simulations when an imported one has the id of another with different content', () => {
    const current = workspace(saved('sim-aaaa', 'Chez Martin'));
    const file = exportWorkspace(
      workspace(saved('sim-aaaa', 'Chez Durand', 'debut=2026-10-01&type=cdi')),
      new Date('2026-09-15T10:00:00Z'),
    );
    const outcome = importWorkspace(current, file);
    expect(outcome).toMatchObject({ ok: true, added: 1, duplicates: 0, conflicts: 1 });
    if (!outcome.ok) return;
    expect(outcome.workspace.simulations.map((item) => item.name)).toEqual(['Chez Martin', 'Chez Durand']);
    const ids = outcome.workspace.simulations.map((item) => item.id);
    expect(ids[0]).toBe('sim-aaaa');
    expect(new Set(ids).size).toBe(2);
  });

  it('sorts a file that repeats an id within itself the same way', () => {
    const file = exportWorkspace(
      workspace(saved('sim-aaaa', 'A'), saved('sim-aaaa', 'A'), saved('sim-aaaa', 'B')),
      new Date('2026-09-15T10:00:00Z'),
    );
    expect(importWorkspace(workspace(), file)).toMatchObject({ ok: true, added: 2, duplicates: 1, conflicts: 1 });
  });

  it('merges 10,000 simulations into 10,000 others, skipping those already there', () => {
    const many = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => saved(`sim-${prefix}-${index}`, `${prefix} ${index}`));
    const current = workspace(...many('a', 10_000));
    const file = exportWorkspace(workspace(...many('a', 5_000), ...many('b', 10_000)), new Date('2026-09-15T10:00:00Z'));
    expect(importWorkspace(current, file)).toMatchObject({ ok: true, added: 10_000, duplicates: 5_000, conflicts: 0 });
  });

  it.each([
    ['not JSON', 'pas du json', "n'est pas un fichier JSON"],
    ['another program’s JSON', '{"users":[]}', "n'est pas un export du simulateur"],
    [
      'an export with an invalid simulation',
      JSON.stringify({ version: 2, simulations: [{ id: 'sim-aaaa' }], employers: {} }),
      '1 simulation invalide',
    ],
  ])('refuses %s, changing nothing and saying why', (_, text, reason) => {
    const current = workspace(saved('sim-aaaa', 'A'));
    const outcome = importWorkspace(current, text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toContain(reason);
    expect(current.simulations).toHaveLength(1);
  });
});
