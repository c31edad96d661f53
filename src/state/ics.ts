import { addDays, formatFrenchDate } from '../rules/index.ts';

/**
 * An iCalendar file (RFC 5545) with the aid's dated steps ("Vos démarches") as all-day events,
 * built in the browser. Every event names its contract, and its UID is made of the step, the
 * kind of event and a key of the simulation: importing two contracts keeps both, importing the
 * same simulation again updates its events instead of duplicating them.
 */
export interface CalendarStep {
  /** e.g. 'file-application', 'payment-request', 'keep-documents', 'communication'. */
  id: string;
  /** What to do, in plain French, already dated. */
  text: string;
  status: 'done' | 'todo' | 'late' | 'info';
  /** ISO date: first day it can be done (the payment request window opens). */
  from: string | null;
  /** ISO date: its deadline. */
  until: string | null;
  /** e.g. "§2 — Pièces et dépôt de la demande". */
  citation: string;
}

export interface CalendarInput {
  /** Names the contract in every event title, e.g. "TP Assistant de vie aux familles — SIRET 123…". */
  contractLabel: string;
  /** Stable identity of the simulation (see simulationKey): same simulation → same UIDs. */
  simulationKey: string;
  steps: CalendarStep[];
  shareLink: string;
  /** UTC timestamp of creation, 'YYYYMMDDTHHMMSSZ'. */
  stamp: string;
}

type EventKind = 'echeance' | 'ouverture';

/** The short action named in event titles; a step the calendar does not know is named by its text. */
const SHORT_ACTIONS: Record<string, string> = {
  'file-application': "dépôt de la demande d'aide",
  'payment-request': 'demande de paiement',
};

/**
 * Reminders of a deadline, at 09:00 local time. An all-day event starts at midnight (floating
 * time), so 14 days before at 09:00 is 13 days and 15 hours before the start.
 */
const REMINDERS = [
  { trigger: '-P13DT15H', days: 14 },
  { trigger: '-P2DT15H', days: 3 },
] as const;

const STATUS_PREFIX: Record<CalendarStep['status'], string> = {
  done: '[Fait] ',
  late: '[Délai dépassé] ',
  todo: '',
  info: '',
};

function icsDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in text values. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  // Iterating a string yields whole code points: a surrogate pair (emoji) is never cut.
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    // Continuation lines start with a space, which counts in their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += character;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function shortAction(step: CalendarStep): string {
  return SHORT_ACTIONS[step.id] ?? step.text;
}

/** The whole "Vos démarches" list and the simulation link, written in every event. */
function describe(input: CalendarInput, step: CalendarStep, headline: string): string {
  return [
    headline,
    `${step.text} (${step.citation})`,
    `Contrat : ${input.contractLabel}`,
    '',
    'Vos démarches :',
    ...input.steps.map((each) => `- ${STATUS_PREFIX[each.status]}${each.text} (${each.citation})`),
    '',
    `Simulation : ${input.shareLink}`,
  ].join('\n');
}

function uid(step: CalendarStep, kind: EventKind, key: string): string {
  return `${step.id}-${kind}-${key}@aide-contrat-pro`;
}

/** A one-day all-day event; DTEND is exclusive, the day after. */
function event(
  uidValue: string,
  stamp: string,
  day: string,
  summary: string,
  description: string,
  alarms: string[] = [],
  properties: string[] = [],
): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uidValue)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(day)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    ...properties,
    ...alarms,
    'END:VEVENT',
  ];
}

function alarm(trigger: string, description: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(description)}`, `TRIGGER:${trigger}`, 'END:VALARM'];
}

/** Whether a step gives events: a dated step still to do, or a filed one cancelling its deadline. */
function givesEvents(step: CalendarStep): boolean {
  return (
    (step.status === 'todo' && (step.from !== null || step.until !== null)) || (step.status === 'done' && step.until !== null)
  );
}

function stepEvents(input: CalendarInput, step: CalendarStep): string[] {
  // Only steps still to do become events, and a 'done' one cancels its earlier event (below). A
  // 'late' step's deadline has passed: an event would sit in the past, with reminders that already
  // went by, as if it could still be done. Late and done steps stay listed, marked, in every
  // event's description.
  if (!givesEvents(step)) return [];
  const { contractLabel, simulationKey: key, stamp } = input;
  const action = shortAction(step);
  if (step.status === 'done' && step.until) {
    // Filed since an earlier export: the same UID, cancelled (SEQUENCE above the original's 0),
    // so that importing this file takes the deadline and its reminders out of the calendar.
    const summary = `Fait : ${action} — ${contractLabel}`;
    const description = describe(input, step, 'Fait : cette échéance est levée.');
    return event(uid(step, 'echeance', key), stamp, step.until, summary, description, [], ['STATUS:CANCELLED', 'SEQUENCE:1']);
  }
  const lines: string[] = [];
  if (step.from) {
    // The day the window opens, not a block over the whole window: a months-long all-day event
    // would cover the agenda and say nothing about the day that matters.
    const summary = `À faire à partir d'aujourd'hui : ${action} — ${contractLabel}`;
    const headline = step.until
      ? `À faire à partir du ${formatFrenchDate(step.from)}, au plus tard le ${formatFrenchDate(step.until)}.`
      : `À faire à partir du ${formatFrenchDate(step.from)}.`;
    lines.push(...event(uid(step, 'ouverture', key), stamp, step.from, summary, describe(input, step, headline)));
  }
  if (step.until) {
    const deadline = formatFrenchDate(step.until);
    const summary = `Date limite : ${action} — ${contractLabel}`;
    const alarms = REMINDERS.flatMap(({ trigger, days }) =>
      alarm(trigger, `Dans ${days} jours (le ${deadline}) : ${action} — ${contractLabel}`),
    );
    const headline = `Date limite : ${deadline}.`;
    lines.push(...event(uid(step, 'echeance', key), stamp, step.until, summary, describe(input, step, headline), alarms));
  }
  return lines;
}

/** Whether the steps give the calendar at least one event (RFC 5545 wants one component or more). */
export function hasCalendarEvents(steps: CalendarStep[]): boolean {
  return steps.some(givesEvents);
}

export function buildCalendar(input: CalendarInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Region Pays de la Loire//Simulateur aide contrat de professionnalisation//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...input.steps.flatMap((step) => stepEvents(input, step)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** FNV-1a 64-bit over the UTF-8 bytes of a text, as 16 hexadecimal digits. */
function fnv1a64(text: string): string {
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * A short stable key of the simulation's URL parameters (with or without the leading '?'):
 * the same parameters always give the same key, so a re-export updates the same events.
 */
export function simulationKey(parameters: string): string {
  return fnv1a64(parameters.replace(/^\?/, ''));
}

const FILE_PREFIX = 'aide-contrat-pro';
const FILE_NAME_MAX = 80;

/** Lowercase ASCII words joined by hyphens: accents dropped, ligatures spelt out. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * 'aide-contrat-pro-<contract label>-<contract start>.ics', ASCII, at most 80 characters. A
 * label too long is cut at a word and ends with a short hash of the whole label, so that two
 * long labels differing only at their end (a SIRET) still give two file names.
 */
export function calendarFileName(contractLabel: string, contractStart: string): string {
  const start = slug(contractStart);
  const fixed = FILE_PREFIX.length + (start ? start.length + 1 : 0) + '.ics'.length;
  let label = slug(contractLabel);
  const budget = FILE_NAME_MAX - fixed - 1;
  if (label.length > budget) {
    const hash = fnv1a64(label).slice(0, 8);
    let head = label.slice(0, Math.max(0, budget - hash.length - 1));
    // Cut at the last whole word, unless that would throw away more than half of what fits.
    const wordEnd = label[head.length] === '-' ? head.length : head.lastIndexOf('-');
    if (wordEnd > head.length / 2) head = head.slice(0, wordEnd);
    head = head.replace(/-+$/, '');
    label = head ? `${head}-${hash}` : hash;
  }
  return `${[FILE_PREFIX, label, start].filter(Boolean).join('-')}.ics`;
}

/** 'YYYYMMDDTHHMMSSZ' for DTSTAMP. */
export function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
