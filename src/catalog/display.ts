/**
 * Display fields derived from the annex's upper-case titles: the kind of certification, the name
 * without that prefix, and a readable casing that keeps acronyms. The verbatim title is kept too.
 */

/** Known prefixes, longest first so that "CAP AGRICOLE (CAPA)" wins over "CAP". */
const KINDS: readonly [prefix: RegExp, kind: string][] = [
  [/^TITRE PROFESSIONNEL \(TP\)\s*-\s*/, 'Titre professionnel'],
  [/^CERTIFICAT DE QUALIFICATION PROFESSIONNELLE \(CQP\)\s*-\s*/, 'CQP'],
  [/^CERTIFICAT DE SPÉCIALISATION \(CS\)\s*-\s*/, 'Certificat de spécialisation'],
  [/^MENTION COMPLÉMENTAIRE \(MC\)\s*-\s*/, 'Mention complémentaire'],
  [/^BREVET PROFESSIONNEL \(BP\)\s*-\s*/, 'Brevet professionnel'],
  [/^BREVET DES MÉTIERS D'ART \(BMA\)\s*-\s*/, "Brevet des métiers d'art"],
  [/^BREVET DE MAÎTRISE \(BM\)\s*-\s*/, 'Brevet de maîtrise'],
  [/^LICENCE PROFESSIONNELLE \(LP\)\s*-\s*/, 'Licence professionnelle'],
  [/^CAP AGRICOLE \(CAPA\)\s*-\s*/, 'CAP agricole'],
  [/^CAP\s*-\s*/, 'CAP'],
  [/^BTSA\s*-\s*/, 'BTSA'],
  [/^BTS\s*-\s*/, 'BTS'],
  [/^BAC PRO\s*-\s*/, 'Bac pro'],
  [/^BPJEPS\s*-\s*/, 'BPJEPS'],
  [/^DEJEPS\s*-\s*/, 'DEJEPS'],
  [/^CPJEPS\s*-\s*/, 'CPJEPS'],
];

/** A title without a known prefix is a certification registered in the RNCP by its own name. */
const REGISTERED_TITLE_KIND = 'Titre certifié';
const BRANCH_CQP_KIND = 'CQP';

/** Words kept in capitals: diplomas, certifications and technical acronyms found in the annex. */
const ACRONYMS = new Set([
  'TP',
  'CQP',
  'CAP',
  'CAPA',
  'BTS',
  'BTSA',
  'BP',
  'CS',
  'MC',
  'LP',
  'BM',
  'BMA',
  'BPJEPS',
  'DEJEPS',
  'CPJEPS',
  'RNCP',
  'PME',
  'TPE',
  'HCR',
  'UI',
  'UX',
  'BIM',
  'HTB',
  'TEA',
  'ETAIE',
  'SP3S',
  'C.I.O.A.',
  'C.I.O.A',
  'CACES',
  'SST',
  'QHSE',
  'BTP',
  'CVC',
  'PAO',
  'DAO',
  'CAO',
  'RH',
  'IT',
  'VRD',
  'TMS',
  'ERP',
  'SIG',
]);

/** Small words that stay in lower case even after a separator ("de", "la"…) are handled by the casing itself. */
function caseWord(word: string, afterOption: boolean): string {
  const bare = word.replace(/^[("«]+|[)"»,:;.]+$/g, '');
  if (ACRONYMS.has(bare) || ACRONYMS.has(word)) return word;
  // "OPTION A : …", "OPTION B : …" name options by their letter.
  if (afterOption && /^[A-Z]$/.test(bare)) return word;
  return word.toLocaleLowerCase('fr');
}

function capitaliseFirstLetter(text: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase('fr'));
}

/** "INSTALLATEUR DE RÉSEAUX EN PME/TPE" → "Installateur de réseaux en PME/TPE". */
export function readableCasing(upperCaseText: string): string {
  const words = upperCaseText.split(' ');
  const cased = words.map((word, index) => {
    const afterOption = index > 0 && /^OPTION$/i.test(words[index - 1] ?? '');
    return word
      .split('/')
      .map((part) => caseWord(part, afterOption))
      .join('/');
  });
  // Each segment after " - " or " / " starts with a capital, as in the annex's own structure.
  return cased
    .join(' ')
    .split(/( - | \/ )/)
    .map((segment, index) => (index % 2 === 0 ? capitaliseFirstLetter(segment) : segment))
    .join('');
}

export function kindAndName(title: string, hasRncp: boolean): { kind: string; name: string } {
  for (const [prefix, kind] of KINDS) {
    const match = prefix.exec(title);
    if (match) return { kind, name: readableCasing(title.slice(match[0].length)) };
  }
  return { kind: hasRncp ? REGISTERED_TITLE_KIND : BRANCH_CQP_KIND, name: readableCasing(title) };
}
