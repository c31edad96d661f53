import * as z from 'zod/mini';
import { lazySchema } from '../rules/lazy-schema.ts';

/**
 * "Mes simulations": simulations saved explicitly in this browser, in a versioned format
 * validated on read. An older format is migrated; a corrupted or foreign entry is set aside
 * (kept, with a message), never silently dropped; a bad import file changes nothing.
 */

export const WORKSPACE_VERSION = 2;

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
    savedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/)),
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

function migrateVersion1(data: z.infer<ReturnType<typeof buildVersion1Schema>>): SavedSimulation[] {
  return data.simulations.map((old) => ({
    id: newSimulationId(),
    name: old.nom.slice(0, 200) || 'Simulation',
    employer: '',
    parameters: old.parametres,
    birthDate: '',
    ageMode: 'answer',
    savedAt: /^\d{4}-\d{2}-\d{2}T/.test(old.date) ? old.date : `${old.date.slice(0, 10)}T00:00:00.000Z`,
  }));
}

function readEmployers(value: unknown): Record<string, EmployerFigures> {
  const employers: Record<string, EmployerFigures> = {};
  if (value && typeof value === 'object') {
    for (const [key, figures] of Object.entries(value)) {
      const parsed = employerFiguresSchema().safeParse(figures);
      if (parsed.success) employers[key] = parsed.data;
    }
  }
  return employers;
}

/** Reads what a browser holds or a file brings; never throws. */
export function readWorkspaceData(data: unknown): WorkspaceReading {
  const version1 = version1Schema().safeParse(data);
  if (version1.success) {
    return {
      recognised: true,
      workspace: { ...emptyWorkspace(), simulations: migrateVersion1(version1.data) },
      setAside: [],
      messages: [`${version1.data.simulations.length} simulation(s) enregistrée(s) dans l'ancien format ont été reprises.`],
    };
  }
  const record = data as { version?: unknown; simulations?: unknown; employers?: unknown } | null;
  if (!record || typeof record !== 'object' || record.version !== WORKSPACE_VERSION || !Array.isArray(record.simulations)) {
    return {
      recognised: false,
      workspace: emptyWorkspace(),
      setAside: data === null || data === undefined ? [] : [data],
      messages: data === null || data === undefined ? [] : ["Des données de ce navigateur n'ont pas pu être lues : elles ont été mises de côté, pas effacées."],
    };
  }
  const simulations: SavedSimulation[] = [];
  const setAside: unknown[] = [];
  for (const entry of record.simulations) {
    const parsed = savedSimulationSchema().safeParse(entry);
    if (parsed.success) simulations.push(parsed.data);
    else setAside.push(entry);
  }
  return {
    recognised: true,
    workspace: { version: WORKSPACE_VERSION, simulations, employers: readEmployers(record.employers) },
    setAside,
    messages: setAside.length
      ? [`${setAside.length} simulation(s) illisible(s) ont été mises de côté (elles ne sont pas effacées).`]
      : [],
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
      messages: ["Les simulations enregistrées dans ce navigateur sont illisibles : elles ont été mises de côté, pas effacées."],
    };
  }
}

/** The JSON export: the workspace itself, with the date of the export. */
export function exportWorkspace(workspace: Workspace, now: Date): string {
  return `${JSON.stringify({ ...workspace, exportedAt: now.toISOString() }, null, 2)}\n`;
}

export type ImportOutcome =
  | { ok: true; workspace: Workspace; added: number; duplicates: number }
  | { ok: false; reason: string };

function sameSimulation(a: SavedSimulation, b: SavedSimulation): boolean {
  return a.id === b.id || (a.name === b.name && a.parameters === b.parameters);
}

/** Merges an exported file into the workspace: all or nothing, duplicates skipped and counted. */
export function importWorkspace(current: Workspace, fileText: string): ImportOutcome {
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    return { ok: false, reason: "Ce fichier n'est pas un fichier JSON : rien n'a été importé." };
  }
  const reading = readWorkspaceData(data);
  if (!reading.recognised) return { ok: false, reason: "Ce fichier n'est pas un export du simulateur : rien n'a été importé." };
  if (reading.setAside.length > 0) {
    return { ok: false, reason: `Ce fichier contient ${reading.setAside.length} simulation(s) invalide(s) : rien n'a été importé.` };
  }
  const simulations = [...current.simulations];
  let duplicates = 0;
  for (const simulation of reading.workspace.simulations) {
    if (simulations.some((existing) => sameSimulation(existing, simulation))) duplicates += 1;
    else simulations.push(simulation);
  }
  return {
    ok: true,
    workspace: { ...current, simulations, employers: { ...reading.workspace.employers, ...current.employers } },
    added: simulations.length - current.simulations.length,
    duplicates,
  };
}
