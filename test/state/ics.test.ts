import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  calendarFileName,
  hasCalendarEvents,
  simulationKey,
  utcStamp,
  type CalendarInput,
  type CalendarStep,
} from '../../src/state/ics.ts';

const FILE_APPLICATION: CalendarStep = {
  id: 'file-application',
  text: "Déposer la demande d'aide sur le portail des aides régionales (site internet de la Région) au plus tard le 01/12/2026, avec la copie du contrat (formulaire CERFA) et la copie de la décision de prise en charge du contrat par l'OPCO.",
  status: 'todo',
  from: null,
  until: '2026-12-01',
  citation: '§2 — Pièces et dépôt de la demande',
};

const PAYMENT_REQUEST: CalendarStep = {
  id: 'payment-request',
  text: "Demander le paiement sur le portail des aides régionales entre le 01/09/2027 (fin de la période aidée) et le 01/12/2027 : l'aide est versée en une fois, après instruction.",
  status: 'todo',
  from: '2027-09-01',
  until: '2027-12-01',
  citation: '§3 — Demande de paiement',
};

const KEEP_DOCUMENTS: CalendarStep = {
  id: 'keep-documents',
  text: "Conserver toutes les pièces justificatives pendant 10 ans à compter du versement de l'aide, pour les contrôles de la Région.",
  status: 'info',
  from: null,
  until: null,
  citation: '§4 — Conservation des pièces justificatives',
};

const COMMUNICATION: CalendarStep = {
  id: 'communication',
  text: "Informer l'alternant que la Région finance son contrat, et mentionner le soutien de la Région sur les supports de communication (site internet, réseaux sociaux, médias).",
  status: 'info',
  from: null,
  until: null,
  citation: '§6 — Communication',
};

const STEPS = [FILE_APPLICATION, PAYMENT_REQUEST, KEEP_DOCUMENTS, COMMUNICATION];

const CONTRACT_A: CalendarInput = {
  contractLabel: 'TP Assistant de vie aux familles — SIRET 12345678900012',
  simulationKey: '3f2a9c1b7e04d865',
  steps: STEPS,
  shareLink: 'https://example.org/?debut=2026-09-01&type=cdd&fin=2027-09-01',
  stamp: '20260905T081500Z',
};

const CONTRACT_B: CalendarInput = {
  contractLabel: 'BTS Management commercial opérationnel — SIRET 98765432100021',
  simulationKey: '0c4d8e2f6a1b3957',
  steps: [
    { ...FILE_APPLICATION, text: FILE_APPLICATION.text.replace('01/12/2026', '15/01/2027'), until: '2027-01-15' },
    KEEP_DOCUMENTS,
    COMMUNICATION,
  ],
  shareLink: 'https://example.org/?debut=2026-10-15&type=cdi',
  stamp: '20260905T081500Z',
};

interface ParsedEvent {
  properties: Map<string, string>;
  alarms: Map<string, string>[];
}

function unfold(text: string): string {
  return text.replace(/\r\n /g, '');
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) => (character.toLowerCase() === 'n' ? '\n' : character));
}

/** The VEVENTs of a calendar, each with its properties (name with parameters → raw value) and VALARMs. */
function parseEvents(text: string): ParsedEvent[] {
  const events: ParsedEvent[] = [];
  let current: ParsedEvent | null = null;
  let alarm: Map<string, string> | null = null;
  for (const line of unfold(text).split('\r\n')) {
    if (line === 'BEGIN:VEVENT') current = { properties: new Map(), alarms: [] };
    else if (line === 'END:VEVENT') {
      if (current) events.push(current);
      current = null;
    } else if (line === 'BEGIN:VALARM') alarm = new Map();
    else if (line === 'END:VALARM') {
      if (alarm && current) current.alarms.push(alarm);
      alarm = null;
    } else if (current) {
      const colon = line.indexOf(':');
      (alarm ?? current.properties).set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return events;
}

function uids(text: string): string[] {
  return parseEvents(text).map((event) => event.properties.get('UID') ?? '');
}

function byUid(text: string, uid: string): ParsedEvent {
  const found = parseEvents(text).find((event) => event.properties.get('UID') === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
}

describe('buildCalendar (RFC 5545)', () => {
  it('is a VCALENDAR with CRLF line ends, its header and one-day all-day events', () => {
    const text = buildCalendar(CONTRACT_A);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(text).split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Region Pays de la Loire//Simulateur aide contrat de professionnalisation//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    const events = parseEvents(text);
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event.properties.get('DTSTAMP')).toBe('20260905T081500Z');
      expect(event.properties.get('TRANSP')).toBe('TRANSPARENT');
    }
    expect(events.map((event) => [event.properties.get('DTSTART;VALUE=DATE'), event.properties.get('DTEND;VALUE=DATE')])).toEqual(
      [
        ['20261201', '20261202'],
        ['20270901', '20270902'],
        ['20271201', '20271202'],
      ],
    );
  });

  it('gives UIDs made of the step, the kind of event and the simulation key', () => {
    expect(uids(buildCalendar(CONTRACT_A))).toEqual([
      'file-application-echeance-3f2a9c1b7e04d865@aide-contrat-pro',
      'payment-request-ouverture-3f2a9c1b7e04d865@aide-contrat-pro',
      'payment-request-echeance-3f2a9c1b7e04d865@aide-contrat-pro',
    ]);
  });

  it('gives two different simulations disjoint UIDs', () => {
    const first = uids(buildCalendar(CONTRACT_A));
    const second = uids(buildCalendar(CONTRACT_B));
    expect(second).toEqual(['file-application-echeance-0c4d8e2f6a1b3957@aide-contrat-pro']);
    expect(first.filter((uid) => second.includes(uid))).toEqual([]);
  });

  it('keeps the same UIDs when the same simulation is exported twice', () => {
    const monday = buildCalendar(CONTRACT_A);
    const later = buildCalendar({ ...CONTRACT_A, stamp: '20261020T173000Z' });
    expect(later).not.toBe(monday);
    expect(unfold(later)).toContain('DTSTAMP:20261020T173000Z');
    expect(uids(later)).toEqual(uids(monday));
    expect(uids(later)).toEqual([
      'file-application-echeance-3f2a9c1b7e04d865@aide-contrat-pro',
      'payment-request-ouverture-3f2a9c1b7e04d865@aide-contrat-pro',
      'payment-request-echeance-3f2a9c1b7e04d865@aide-contrat-pro',
    ]);
  });

  it('names the contract in every title', () => {
    const events = parseEvents(buildCalendar(CONTRACT_A));
    expect(events.map((event) => unescapeText(event.properties.get('SUMMARY') ?? ''))).toEqual([
      "Date limite : dépôt de la demande d'aide — TP Assistant de vie aux familles — SIRET 12345678900012",
      "À faire à partir d'aujourd'hui : demande de paiement — TP Assistant de vie aux familles — SIRET 12345678900012",
      'Date limite : demande de paiement — TP Assistant de vie aux familles — SIRET 12345678900012',
    ]);
    const other = parseEvents(buildCalendar(CONTRACT_B));
    expect(unescapeText(other[0]?.properties.get('SUMMARY') ?? '')).toBe(
      "Date limite : dépôt de la demande d'aide — BTS Management commercial opérationnel — SIRET 98765432100021",
    );
  });

  it('gives each deadline event two reminders, 14 and 3 days before at 09:00', () => {
    const text = buildCalendar(CONTRACT_A);
    for (const uid of [
      'file-application-echeance-3f2a9c1b7e04d865@aide-contrat-pro',
      'payment-request-echeance-3f2a9c1b7e04d865@aide-contrat-pro',
    ]) {
      const { alarms } = byUid(text, uid);
      expect(alarms).toHaveLength(2);
      expect(alarms.map((alarm) => alarm.get('TRIGGER'))).toEqual(['-P13DT15H', '-P2DT15H']);
      for (const alarm of alarms) {
        expect(alarm.get('ACTION')).toBe('DISPLAY');
        expect(alarm.get('DESCRIPTION')).toBeTruthy();
      }
    }
    const { alarms } = byUid(text, 'file-application-echeance-3f2a9c1b7e04d865@aide-contrat-pro');
    expect(alarms.map((alarm) => unescapeText(alarm.get('DESCRIPTION') ?? ''))).toEqual([
      "Dans 14 jours (le 01/12/2026) : dépôt de la demande d'aide — TP Assistant de vie aux familles — SIRET 12345678900012",
      "Dans 3 jours (le 01/12/2026) : dépôt de la demande d'aide — TP Assistant de vie aux familles — SIRET 12345678900012",
    ]);
    // Each VALARM sits inside its VEVENT.
    expect(unfold(text).match(/BEGIN:VALARM/g)).toHaveLength(4);
    expect(unfold(text)).not.toMatch(/END:VEVENT\r\nBEGIN:VALARM/);
  });

  it('marks the opening of the payment request window on its first day and its deadline on its last, with no event over the window', () => {
    const text = buildCalendar(CONTRACT_A);
    const opening = byUid(text, 'payment-request-ouverture-3f2a9c1b7e04d865@aide-contrat-pro');
    expect(opening.properties.get('DTSTART;VALUE=DATE')).toBe('20270901');
    expect(opening.properties.get('DTEND;VALUE=DATE')).toBe('20270902');
    expect(opening.alarms).toEqual([]);
    const deadline = byUid(text, 'payment-request-echeance-3f2a9c1b7e04d865@aide-contrat-pro');
    expect(deadline.properties.get('DTSTART;VALUE=DATE')).toBe('20271201');
    expect(deadline.properties.get('DTEND;VALUE=DATE')).toBe('20271202');
    // Nothing starts on the window's first day and ends after its second.
    expect(unfold(text)).not.toContain('DTEND;VALUE=DATE:20271202\r\nSUMMARY:À faire');
    const spans = parseEvents(text).filter(
      (event) =>
        event.properties.get('DTSTART;VALUE=DATE') === '20270901' && event.properties.get('DTEND;VALUE=DATE') !== '20270902',
    );
    expect(spans).toEqual([]);
  });

  it('cancels the deadline event of a request filed since (same UID), and lists it as done', () => {
    const filed: CalendarStep = {
      ...FILE_APPLICATION,
      text: "Demande d'aide déposée le 20/10/2026, dans le délai (au plus tard le 01/12/2026).",
      status: 'done',
    };
    const text = buildCalendar({ ...CONTRACT_A, steps: [filed, PAYMENT_REQUEST, KEEP_DOCUMENTS, COMMUNICATION] });
    expect(uids(text)).toEqual([
      'file-application-echeance-3f2a9c1b7e04d865@aide-contrat-pro',
      'payment-request-ouverture-3f2a9c1b7e04d865@aide-contrat-pro',
      'payment-request-echeance-3f2a9c1b7e04d865@aide-contrat-pro',
    ]);
    const cancelled = parseEvents(text)[0]!;
    expect(cancelled.properties.get('STATUS')).toBe('CANCELLED');
    expect(cancelled.properties.get('SEQUENCE')).toBe('1');
    expect(cancelled.properties.get('DTSTART;VALUE=DATE')).toBe('20261201');
    expect(unfold(text).split('BEGIN:VEVENT')[1]).not.toContain('BEGIN:VALARM');
    expect(unescapeText(unfold(text))).toContain(
      "- [Fait] Demande d'aide déposée le 20/10/2026, dans le délai (au plus tard le 01/12/2026). (§2 — Pièces et dépôt de la demande)",
    );
  });

  it('gives no event for a late step, and lists it as late', () => {
    const late: CalendarStep = { ...PAYMENT_REQUEST, status: 'late' };
    const text = buildCalendar({ ...CONTRACT_A, steps: [FILE_APPLICATION, late, KEEP_DOCUMENTS, COMMUNICATION] });
    expect(uids(text)).toEqual(['file-application-echeance-3f2a9c1b7e04d865@aide-contrat-pro']);
    expect(unescapeText(unfold(text))).toContain('- [Délai dépassé] Demander le paiement sur le portail');
  });

  it('writes the whole "Vos démarches" list, with citations, and the simulation link in every description', () => {
    const events = parseEvents(buildCalendar(CONTRACT_A));
    expect(events).toHaveLength(3);
    for (const event of events) {
      const description = unescapeText(event.properties.get('DESCRIPTION') ?? '');
      const lines = description.split('\n');
      expect(lines).toContain('Vos démarches :');
      expect(lines).toContain(
        "- Déposer la demande d'aide sur le portail des aides régionales (site internet de la Région) au plus tard le 01/12/2026, avec la copie du contrat (formulaire CERFA) et la copie de la décision de prise en charge du contrat par l'OPCO. (§2 — Pièces et dépôt de la demande)",
      );
      expect(lines).toContain(
        "- Demander le paiement sur le portail des aides régionales entre le 01/09/2027 (fin de la période aidée) et le 01/12/2027 : l'aide est versée en une fois, après instruction. (§3 — Demande de paiement)",
      );
      expect(lines).toContain(
        "- Conserver toutes les pièces justificatives pendant 10 ans à compter du versement de l'aide, pour les contrôles de la Région. (§4 — Conservation des pièces justificatives)",
      );
      expect(lines).toContain(
        "- Informer l'alternant que la Région finance son contrat, et mentionner le soutien de la Région sur les supports de communication (site internet, réseaux sociaux, médias). (§6 — Communication)",
      );
      expect(lines).toContain('Contrat : TP Assistant de vie aux familles — SIRET 12345678900012');
      expect(lines.at(-1)).toBe('Simulation : https://example.org/?debut=2026-09-01&type=cdd&fin=2027-09-01');
    }
    expect(unescapeText(events[0]?.properties.get('DESCRIPTION') ?? '').split('\n')[0]).toBe('Date limite : 01/12/2026.');
    expect(unescapeText(events[1]?.properties.get('DESCRIPTION') ?? '').split('\n')[0]).toBe(
      'À faire à partir du 01/09/2027, au plus tard le 01/12/2027.',
    );
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const input = {
      ...CONTRACT_A,
      contractLabel: `Éducateur·rice spécialisé·e 🎓 ${'é'.repeat(37)} ${'😀'.repeat(23)} — 漢字かな交じり文`,
    };
    const text = buildCalendar(input);
    const bytes = new TextEncoder().encode(text);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // Split the raw octets at CRLF: every physical line is at most 75 octets and valid UTF-8 on its own.
    let start = 0;
    let folded = 0;
    for (let index = 0; index < bytes.length - 1; index += 1) {
      if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
        const line = bytes.subarray(start, index);
        expect(line.length).toBeLessThanOrEqual(75);
        expect(() => decoder.decode(line)).not.toThrow();
        if (bytes[index + 2] === 0x20) folded += 1;
        start = index + 2;
        index += 1;
      }
    }
    expect(start).toBe(bytes.length);
    expect(folded).toBeGreaterThan(10);
    // Unfolded, the title is whole again.
    expect(unfold(text)).toContain(
      `SUMMARY:Date limite : demande de paiement — Éducateur·rice spécialisé·e 🎓 ${'é'.repeat(37)} ${'😀'.repeat(23)} — 漢字かな交じり文\r\n`,
    );
  });

  it('folds a long line into a first line of 75 octets and continuation lines of a space and 74', () => {
    const text = buildCalendar({ ...CONTRACT_A, steps: [FILE_APPLICATION], contractLabel: 'x'.repeat(200) });
    const summary = text.split('\r\n').findIndex((line) => line.startsWith('SUMMARY:'));
    const lines = text.split('\r\n');
    // "SUMMARY:Date limite : dépôt de la demande d'aide — " is 51 characters, 55 octets (é and ô
    // are 2 octets, — is 3): 20 octets are left on the first line, then 74 per continuation.
    expect(lines[summary]).toBe(`SUMMARY:Date limite : dépôt de la demande d'aide — ${'x'.repeat(20)}`);
    expect(lines[summary + 1]).toBe(` ${'x'.repeat(74)}`);
    expect(lines[summary + 2]).toBe(` ${'x'.repeat(74)}`);
    expect(lines[summary + 3]).toBe(` ${'x'.repeat(32)}`);
    expect(lines[summary + 4]?.startsWith('DESCRIPTION:')).toBe(true);
  });

  it('escapes backslashes, semicolons, commas and newlines in text values', () => {
    const text = buildCalendar({
      ...CONTRACT_A,
      contractLabel: 'Dupont; Fils, \\ SARL\nNantes',
      steps: [FILE_APPLICATION],
    });
    const unfolded = unfold(text);
    expect(unfolded).toContain("SUMMARY:Date limite : dépôt de la demande d'aide — Dupont\\; Fils\\, \\\\ SARL\\nNantes\r\n");
    expect(unfolded).toContain('Contrat : Dupont\\; Fils\\, \\\\ SARL\\nNantes\\n');
    // The description's own line breaks are escaped: no raw newline inside a content line.
    expect(unfolded).toContain("\\n\\nVos démarches :\\n- Déposer la demande d'aide sur le portail des aides régionales (site");
    expect(unfolded).toContain('au plus tard le 01/12/2026\\, avec la copie du contrat');
    expect(unfolded).toContain('\\n\\nSimulation : https://example.org/?debut=2026-09-01&type=cdd&fin=2027-09-01\r\n');
  });

  it('says whether the steps give any event', () => {
    expect(hasCalendarEvents(STEPS)).toBe(true);
    // A filed request still gives its cancelling event.
    expect(hasCalendarEvents([{ ...FILE_APPLICATION, status: 'done' }, KEEP_DOCUMENTS, COMMUNICATION])).toBe(true);
    expect(hasCalendarEvents([{ ...FILE_APPLICATION, status: 'late' }, KEEP_DOCUMENTS])).toBe(false);
    expect(parseEvents(buildCalendar({ ...CONTRACT_A, steps: [KEEP_DOCUMENTS, COMMUNICATION] }))).toEqual([]);
  });
});

describe('simulationKey', () => {
  it('is FNV-1a 64-bit of the parameters, in hexadecimal', () => {
    // Test vectors of the FNV reference (http://www.isthe.com/chongo/tech/comp/fnv/).
    expect(simulationKey('')).toBe('cbf29ce484222325');
    expect(simulationKey('a')).toBe('af63dc4c8601ec8c');
    expect(simulationKey('foobar')).toBe('85944171f73967e8');
  });

  it('ignores the leading question mark, and is stable', () => {
    expect(simulationKey('?foobar')).toBe('85944171f73967e8');
    const parameters = 'debut=2026-09-01&type=cdd&fin=2027-09-01&siret=12345678900012';
    expect(simulationKey(parameters)).toBe(simulationKey(parameters));
    expect(simulationKey(parameters)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('differs between two simulations', () => {
    expect(simulationKey('debut=2026-09-01&type=cdd&fin=2027-09-01')).not.toBe(
      simulationKey('debut=2026-09-01&type=cdd&fin=2027-09-02'),
    );
    expect(simulationKey('siret=12345678900012')).not.toBe(simulationKey('siret=12345678900021'));
  });
});

describe('calendarFileName', () => {
  it('is an ASCII slug of the contract label and its start date', () => {
    expect(calendarFileName('TP Assistant de vie aux familles', '2026-09-01')).toBe(
      'aide-contrat-pro-tp-assistant-de-vie-aux-familles-2026-09-01.ics',
    );
    expect(calendarFileName('  Cœur de métier : Éducateur·rice (Nantes) ', '2026-10-15')).toBe(
      'aide-contrat-pro-coeur-de-metier-educateur-rice-nantes-2026-10-15.ics',
    );
    expect(calendarFileName('', '2026-09-01')).toBe('aide-contrat-pro-2026-09-01.ics');
    expect(calendarFileName('漢字', '2026-09-01')).toBe('aide-contrat-pro-2026-09-01.ics');
  });

  it('differs between two contracts', () => {
    const first = calendarFileName('TP Assistant de vie aux familles', '2026-09-01');
    const second = calendarFileName('BTS Management commercial opérationnel', '2026-10-15');
    expect(second).toBe('aide-contrat-pro-bts-management-commercial-operationnel-2026-10-15.ics');
    expect(second).not.toBe(first);
    expect(calendarFileName('TP Assistant de vie aux familles', '2026-09-02')).not.toBe(first);
  });

  it('stays within 80 characters, cut at a word, and keeps long labels apart', () => {
    const first = calendarFileName('TP Assistant de vie aux familles — SIRET 12345678900012', '2026-09-01');
    const second = calendarFileName('TP Assistant de vie aux familles — SIRET 98765432100021', '2026-09-01');
    for (const name of [first, second]) {
      expect(name.length).toBeLessThanOrEqual(80);
      expect(name).toMatch(/^aide-contrat-pro-tp-assistant-de-vie-aux-familles-siret-[0-9a-f]{8}-2026-09-01\.ics$/);
    }
    expect(second).not.toBe(first);
    const huge = calendarFileName(`Titre ${'tres-long '.repeat(30)}`, '2026-09-01');
    expect(huge.length).toBeLessThanOrEqual(80);
    expect(huge).toMatch(/^[a-z0-9-]+\.ics$/);
    expect(huge).toMatch(/^aide-contrat-pro-titre-tres-long-(tres-long-)+[0-9a-f]{8}-2026-09-01\.ics$/);
  });
});

describe('utcStamp', () => {
  it('writes a UTC date-time for DTSTAMP', () => {
    expect(utcStamp(new Date(Date.UTC(2024, 8, 1, 10, 30, 5)))).toBe('20240901T103005Z');
  });
});
