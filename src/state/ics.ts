import { addDays, formatFrenchDate } from '../rules/index.ts';

/**
 * An iCalendar file (RFC 5545) with the aid's deadlines as all-day events, built in the browser.
 */
export interface CalendarDeadlines {
  applicationDeadline: string;
  /** The payment request window: from the end of the aided period to its deadline. */
  paymentDate: string | null;
  paymentRequestDeadline: string | null;
  shareLink: string;
  /** Identifies the simulation in event UIDs, so re-importing updates instead of duplicating. */
  simulationKey: string;
  /** UTC timestamp of creation, 'YYYYMMDDTHHMMSSZ'. */
  stamp: string;
}

function icsDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in text values. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
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

function event(uid: string, stamp: string, start: string, endInclusive: string, summary: string, description: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(start)}`,
    // DTEND is exclusive for all-day events: the day after the last day.
    `DTEND;VALUE=DATE:${icsDate(addDays(endInclusive, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function buildCalendar(deadlines: CalendarDeadlines): string {
  const { applicationDeadline, paymentDate, paymentRequestDeadline, shareLink, simulationKey, stamp } = deadlines;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Region Pays de la Loire//Simulateur aide contrat de professionnalisation//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...event(
      `depot-${simulationKey}@aide-contrat-pro`,
      stamp,
      applicationDeadline,
      applicationDeadline,
      "Date limite de dépôt de la demande d'aide au contrat de professionnalisation",
      `La demande doit être déposée au plus tard le ${formatFrenchDate(applicationDeadline)}, 3 mois après le début du contrat (règlement, §2). Simulation : ${shareLink}`,
    ),
  ];
  if (paymentDate && paymentRequestDeadline) {
    lines.push(
      ...event(
        `paiement-${simulationKey}@aide-contrat-pro`,
        stamp,
        paymentDate,
        paymentRequestDeadline,
        "Demande de paiement de l'aide au contrat de professionnalisation",
        `Demande de paiement à réaliser sur le portail des aides régionales entre le ${formatFrenchDate(paymentDate)} et le ${formatFrenchDate(paymentRequestDeadline)} (règlement, §3). Simulation : ${shareLink}`,
      ),
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** 'YYYYMMDDTHHMMSSZ' for DTSTAMP. */
export function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
