import * as z from 'zod/mini';
import { isSupportedDate, lazySchema } from '../rules/index.ts';
import { agree, countOf } from './plural.ts';

/**
 * "Mes simulations": simulations saved explicitly in this browser, in a versioned format
 * validated on read. An older format is migrated; a corrupted or foreign entry is set aside
 * (kept, with a message), never silently dropped; a bad import file changes nothing.
 */

export const WORKSPACE_VERSION = 2;

/** An ISO timestamp whose date is a real one of the supported years ('2024-02-30T…' is not). */
export function isTimestamp(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && isSupportedDate(text.slice(0, 10));
}

const buildSavedSimulationSchema = () =>
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]{4,64}$/)),
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    /** Employer's name, to group simulations when no SIRET was given. */
    employer: z.string().check(z.maxLength(200)),
    /** The simulation's deep-link parameters (see url.ts). */
    parameters: z.string().check(z.maxLength(4000)),
    /** Kept in this browser only, like the draft; '' when not given. */
    birthDate: z.string().check(z.maxLength(10)),
    ageMode: z.enum(['answer', 'birthDate']),
    savedAt: z.string().check(z.maxLength(40), z.refine(isTimestamp)),
  });

const buildEmployerFiguresSchema = () =>
  z.object({
    /** Other regional aid already granted this year (€), for the 23,000 € convention threshold. */
    otherRegionalAid: z.number().check(z.gte(0), z.lte(100_000_000)),
    /** De minimis aid already received over three rolling years (€), for information only. */
    deMinimisReceived: z.number().check(z.gte(0), z.lte(100_000_000)),
  });

export const savedSimulationSchema = lazySchema(buildSavedSimulationSchema);
const employerFiguresSchema = lazySchema(buildEmployerFiguresSchema);

export type SavedSimulation = z.infer<ReturnType<typeof buildSavedSimulationSchema>>;
export type EmployerFigures = z.infer<ReturnType<typeof buildEmployerFiguresSchema>>;

export interface Workspace {
  version: typeof WORKSPACE_VERSION;
  simulations: SavedSimulation[];
  /** Figures typed per employer group key (see totals.ts). */
  employers: Record<string, EmployerFigures>;
}

export function emptyWorkspace(): Workspace {
  return { version: WORKSPACE_VERSION, simulations: [], employers: {} };
}

/** Version 1 (first release): { version: 1, simulations: [{ nom, parametres, date }] }. */
const buildVersion1Schema = () =>
  z.object({
    version: z.literal(1),
    simulations: z.array(z.object({ nom: z.string(), parametres: z.string(), date: z.string() })),
  });
const version1Schema = lazySchema(buildVersion1Schema);

export interface WorkspaceReading {
  /** False when the data is not a workspace at all (foreign or corrupted). */
  recognised: boolean;
  /** A workspace of a later format than this version knows: left as it is. */
  newerVersion?: boolean;
  workspace: Workspace;
  /** Entries that could not be read, kept as they were so that nothing is lost. */
  setAside: unknown[];
  messages: string[];
}

let idCounter = 0;
/** Unique enough for one browser's list; no personal data in it. */
export function newSimulationId(now: number = Date.now()): string {
  idCounter = (idCounter + 1) % 1_000_000;
  return `sim-${now.toString(36)}-${idCounter.toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** Version 1 entries in the current format; one that does not come out valid is set aside as it was. */
function migrateVersion1(data: z.infer<ReturnType<typeof buildVersion1Schema>>): {
  simulations: SavedSimulation[];
  setAside: unknown[];
} {
  const simulations: SavedSimulation[] = [];
  const setAside: unknown[] = [];
  for (const old of data.simulations) {
    const migrated = savedSimulationSchema().safeParse({
      id: newSimulationId(),
      name: old.nom.slice(0, 200) || 'Simulation',
      employer: '',
      parameters: old.parametres,
      birthDate: '',
      ageMode: 'answer',
      savedAt: /^\d{4}-\d{2}-\d{2}T/.test(old.date) ? old.date : `${old.date.slice(0, 10)}T00:00:00.000Z`,
    });
    if (migrated.success) simulations.push(migrated.data);
    else setAside.push(old);
  }
  return { simulations, setAside };
}

function setAsideMessage(count: number): string {
  return count > 1
    ? `${count} simulations illisibles ont été mises de côté (elles ne sont pas effacées).`
    : '1 simulation illisible a été mise de côté (elle n’est pas effacée).';
}

function readEmployers(value: unknown): Record<string, EmployerFigures> {
  const employers: Record<string, EmployerFigures> = {};
  if (value && typeof value === 'object') {
    for (const [key, figures] of Object.entries(value)) {
      const parsed = employerFiguresSchema().safeParse(figures);
      // Defined, not assigned: a key "__proto__" from a file must stay a key, not replace the prototype.
      if (parsed.success)
        Object.defineProperty(employers, key, { value: parsed.data, enumerable: true, writable: true, configurable: true });
    }
  }
  return employers;
}

export interface ReadOptions {
  /**
   * What to do with an entry whose id an earlier entry already has: in this browser's list it is
   * set aside (the list is keyed by id); an imported file's are kept, for importWorkspace to sort.
   */
  repeatedIds?: 'set-aside' | 'keep';
}

/** Reads what a browser holds or a file brings; never throws. */
export function readWorkspaceData(data: unknown, { repeatedIds = 'set-aside' }: ReadOptions = {}): WorkspaceReading {
  const version1 = version1Schema().safeParse(data);
  if (version1.success) {
    const migrated = migrateVersion1(version1.data);
    return {
      recognised: true,
      workspace: { ...emptyWorkspace(), simulations: migrated.simulations },
      setAside: migrated.setAside,
      messages: [
        `${countOf(migrated.simulations.length, 'simulation enregistrée', 'simulations enregistrées')} dans l'ancien format ${agree(migrated.simulations.length, 'a été reprise', 'ont été reprises')}.`,
        ...(migrated.setAside.length ? [setAsideMessage(migrated.setAside.length)] : []),
      ],
    };
  }
  const record = data as { version?: unknown; simulations?: unknown; employers?: unknown } | null;
  if (record && typeof record === 'object' && typeof record.version === 'number' && record.version > WORKSPACE_VERSION) {
    // Written by a newer release (another tab already updated): not this version's to read or rewrite.
    return { recognised: false, newerVersion: true, workspace: emptyWorkspace(), setAside: [], messages: [] };
  }
  if (!record || typeof record !== 'object' || record.version !== WORKSPACE_VERSION || !Array.isArray(record.simulations)) {
    return {
      recognised: false,
      workspace: emptyWorkspace(),
      setAside: data === null || data === undefined ? [] : [data],
      messages:
        data === null || data === undefined
          ? []
          : ["Des données de ce navigateur n'ont pas pu être lues : elles ont été mises de côté, pas effacées."],
    };
  }
  const simulations: SavedSimulation[] = [];
  const setAside: unknown[] = [];
  const ids = new Set<string>();
  for (const entry of record.simulations) {
    const parsed = savedSimulationSchema().safeParse(entry);
    if (!parsed.success || (repeatedIds === 'set-aside' && ids.has(parsed.data.id))) {
      setAside.push(entry);
      continue;
    }
    ids.add(parsed.data.id);
    simulations.push(parsed.data);
  }
  return {
    recognised: true,
    workspace: { version: WORKSPACE_VERSION, simulations, employers: readEmployers(record.employers) },
    setAside,
    messages: setAside.length ? [setAsideMessage(setAside.length)] : [],
  };
}

export function readWorkspaceText(text: string | null): WorkspaceReading {
  if (text === null) return { recognised: true, workspace: emptyWorkspace(), setAside: [], messages: [] };
  try {
    return readWorkspaceData(JSON.parse(text));
  } catch {
    return {
      recognised: false,
      workspace: emptyWorkspace(),
      setAside: [text],
      messages: ['Les simulations enregistrées dans ce navigateur sont illisibles : elles ont été mises de côté, pas effacées.'],
    };
  }
}

/** The JSON export: the workspace itself, with the date of the export. */
export function exportWorkspace(workspace: Workspace, now: Date): string {
  return `${JSON.stringify({ ...workspace, exportedAt: now.toISOString() }, null, 2)}\n`;
}

export type ImportOutcome =
  | {
      ok: true;
      workspace: Workspace;
      added: number;
      /** Already in the list: same id and content, or same name and parameters. Skipped. */
      duplicates: number;
      /** Same id as one in the list but another content: kept too, under a new id. */
      conflicts: number;
    }
  | { ok: false; reason: string };

/** Everything a person sees of a saved simulation (its date of saving aside). */
function sameContent(a: SavedSimulation, b: SavedSimulation): boolean {
  return (
    a.name === b.name &&
    a.employer === b.employer &&
    a.parameters === b.parameters &&
    a.birthDate === b.birthDate &&
    a.ageMode === b.ageMode
  );
}

const nameAndParameters = (simulation: SavedSimulation) => JSON.stringify([simulation.name, simulation.parameters]);

/**
 * Merges an exported file into the workspace: all or nothing. A simulation already in the list
 * (same id and content, or same name and parameters) is skipped and counted; one that shares an id
 * with another content is a conflict, kept under a new id so that neither is lost. Linear in the
 * size of the list and the file (10,000 simulations merge in milliseconds).
 */
export function importWorkspace(current: Workspace, fileText: string): ImportOutcome {
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    return { ok: false, reason: "Ce fichier n'est pas un fichier JSON : rien n'a été importé." };
  }
  const reading = readWorkspaceData(data, { repeatedIds: 'keep' });
  if (!reading.recognised) return { ok: false, reason: "Ce fichier n'est pas un export du simulateur : rien n'a été importé." };
  if (reading.setAside.length > 0) {
    return {
      ok: false,
      reason: `Ce fichier contient ${countOf(reading.setAside.length, 'simulation invalide', 'simulations invalides')} : rien n'a été importé.`,
    };
  }
  const simulations = [...current.simulations];
  const byId = new Map(simulations.map((simulation) => [simulation.id, simulation]));
  const byNameAndParameters = new Set(simulations.map(nameAndParameters));
  let duplicates = 0;
  let conflicts = 0;
  for (const incoming of reading.workspace.simulations) {
    const sameId = byId.get(incoming.id);
    if ((sameId && sameContent(sameId, incoming)) || byNameAndParameters.has(nameAndParameters(incoming))) {
      duplicates += 1;
      continue;
    }
    let simulation = incoming;
    if (sameId) {
      conflicts += 1;
      do simulation = { ...incoming, id: newSimulationId() };
      while (byId.has(simulation.id));
    }
    simulations.push(simulation);
    byId.set(simulation.id, simulation);
    byNameAndParameters.add(nameAndParameters(simulation));
  }
  return {
    ok: true,
    workspace: { ...current, simulations, employers: { ...reading.workspace.employers, ...current.employers } },
    added: simulations.length - current.simulations.length,
    duplicates,
    conflicts,
  };
}
