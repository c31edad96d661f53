import { describe, expect, it } from 'vitest';
import { emptyForm, type FormFields } from '../../src/state/form.ts';
import { formToParameters, parseParameters, restoreForm, URL_PARAMETERS } from '../../src/state/url.ts';

const FULL =
  'debut=2024-09-02&type=cdd&fin=2025-07-01&rupture=2025-03-15&heures=31.5&temps-plein=32&sans-remuneration=3,7' +
  '&suspensions=2024-10-10_2024-11-20&certification=RNCP37443&age-30-ans-ou-plus=oui&demandeur-emploi=oui' +
  '&dans-effectif-6-mois=non&departement=44&siret=73282932000074&cufpa=oui&a-jour-obligations=oui' +
  '&licenciement-economique=non&depot=2024-10-01';

describe('parseParameters', () => {
  it('restores every field of the deep-link contract', () => {
    const { form, notices } = parseParameters(FULL);
    expect(notices).toEqual([]);
    expect(form).toEqual({
      contractStart: '02/09/2024',
      contractType: 'CDD',
      plannedEnd: '01/07/2025',
      earlyEnd: '15/03/2025',
      timeMode: 'part',
      weeklyHours: '31,5',
      fullTimeHours: '32',
      unpaidMonths: [3, 7],
      unpaidPeriods: [{ from: '10/10/2024', to: '20/11/2024' }],
      certificationCode: 'RNCP37443',
      contractPurpose: 'listed-certification',
      ageMode: 'answer',
      aged30OrMore: 'oui',
      jobSeekerAtStart: 'oui',
      employedInEstablishmentLast6Months: 'non',
      department: '44',
      siret: '73282932000074',
      subjectToCufpa: 'oui',
      obligationsUpToDate: 'oui',
      economicLayoffsLast6Months: 'non',
      applicationDate: '01/10/2024',
    });
  });

  it('round-trips: the URL written back from a restored form is the same URL', () => {
    const { form } = parseParameters(FULL);
    const written = formToParameters({ ...emptyForm(), ...form } as FormFields, 'oui');
    expect(written.toString()).toBe(new URLSearchParams(FULL).toString());
  });

  it.each([
    ['debut=2024-02-30', 'debut'],
    ['debut=hier', 'debut'],
    ['type=interim', 'type'],
    ['heures=beaucoup', 'heures'],
    ['sans-remuneration=13', 'sans-remuneration'],
    ['sans-remuneration=3,3', 'sans-remuneration'],
    ['suspensions=2024-10-10', 'suspensions'],
    ['suspensions=2024-10-10_2024-02-30', 'suspensions'],
    ['departement=99', 'departement'],
    ['siret=123', 'siret'],
    ['certification=<script>', 'certification'],
    ['objet=autre', 'objet'],
    ['cufpa=peut-etre', 'cufpa'],
  ])('ignores %s with a notice naming %s, never a crash', (search, name) => {
    const { form, notices } = parseParameters(search);
    expect(form).toEqual({});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`« ${name} »`);
  });

  it('ignores unknown parameters with a notice and keeps the valid ones', () => {
    const { form, notices } = parseParameters('debut=2024-09-02&naissance=1990-01-01');
    expect(form).toEqual({ contractStart: '02/09/2024' });
    expect(notices).toEqual(["Le paramètre « naissance » de l'adresse est inconnu : il a été ignoré."]);
  });

  it('ignores newsletter and analytics tracking parameters silently', () => {
    const search =
      'utm_source=lettre&utm_medium=email&UTM_Campaign=x&fbclid=abc&gclid=def&mtm_campaign=g&pk_kwd=h&xtor=EREC-1&debut=2024-09-02';
    expect(parseParameters(search)).toEqual({ form: { contractStart: '02/09/2024' }, notices: [] });
  });

  it('says a repeated refused parameter once', () => {
    expect(parseParameters('foo=1&foo=1&foo=2').notices).toEqual([
      "Le paramètre « foo » de l'adresse est inconnu : il a été ignoré.",
    ]);
    expect(parseParameters('debut=x&debut=x').notices).toHaveLength(1);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'treats %s as an unknown parameter, not as a property of every object',
    (name) => {
      const { form, notices } = parseParameters(`${name}=1&type=cdi`);
      expect(form).toEqual({ contractType: 'CDI' });
      expect(notices).toEqual([`Le paramètre « ${name} » de l'adresse est inconnu : il a été ignoré.`]);
    },
  );

  it.each(['9999-12-31', '1899-12-31', '2101-01-01', '0001-01-01'])(
    'refuses the date %s, outside the years 1900 to 2100, and says so',
    (date) => {
      const { form, notices } = parseParameters(`debut=${date}&type=cdi`);
      expect(form).toEqual({ contractType: 'CDI' });
      expect(notices).toEqual([
        `La valeur « ${date} » du paramètre « debut » n'est pas valide (attendu : date AAAA-MM-JJ des années 1900 à 2100) : elle a été ignorée.`,
      ]);
    },
  );

  it('accepts the first and last supported days', () => {
    expect(parseParameters('debut=1900-01-01&depot=2100-12-31').form).toEqual({
      contractStart: '01/01/1900',
      applicationDate: '31/12/2100',
    });
  });

  it('never assumes the request was filed: no request date unless the link gives one', () => {
    expect(restoreForm('debut=2027-01-04&type=cdi').form).toMatchObject({ applicationFiled: '', applicationDate: '' });
  });

  it('keeps a request date given alone but asks whether it was filed (older links held a default date)', () => {
    const { form } = restoreForm('debut=2027-01-04&type=cdi&depot=2027-01-10');
    expect(form).toMatchObject({ applicationFiled: '', applicationDate: '10/01/2027' });
    expect(formToParameters(form, '').toString()).toBe('debut=2027-01-04&type=cdi&depot=2027-01-10');
    const filed = restoreForm('debut=2027-01-04&type=cdi&demande-deposee=oui&depot=2027-01-10').form;
    expect(filed).toMatchObject({ applicationFiled: 'oui', applicationDate: '10/01/2027' });
    expect(formToParameters(filed, '').toString()).toBe('debut=2027-01-04&type=cdi&demande-deposee=oui&depot=2027-01-10');
  });

  it('says a request not yet filed with demande-deposee=non, and writes it back', () => {
    const { form } = restoreForm('debut=2027-01-04&type=cdi&demande-deposee=non');
    expect(form).toMatchObject({ applicationFiled: 'non', applicationDate: '' });
    expect(formToParameters(form, '').toString()).toBe('debut=2027-01-04&type=cdi&demande-deposee=non');
  });

  it('drops a request date typed before the answer became "non"', () => {
    const form = { ...restoreForm('debut=2027-01-04&type=cdi&depot=2027-01-10').form, applicationFiled: 'non' as const };
    expect(formToParameters(form, '').toString()).toBe('debut=2027-01-04&type=cdi&demande-deposee=non');
  });

  it('echoes at most 60 characters of a refused value or name', () => {
    const long = 'x'.repeat(3000);
    const { notices } = parseParameters(`debut=${long}&${long}=1`);
    expect(notices).toEqual([
      `La valeur « ${'x'.repeat(60)}… » du paramètre « debut » n'est pas valide (attendu : date AAAA-MM-JJ des années 1900 à 2100) : elle a été ignorée.`,
      `Le paramètre « ${'x'.repeat(60)}… » de l'adresse est inconnu : il a été ignoré.`,
    ]);
  });

  it('leaves the embedding parameters to the embed mode', () => {
    expect(parseParameters('integration=1&couleur=00607a').notices).toEqual([]);
  });
});

describe('formToParameters', () => {
  it('never writes the birth date, only the derived answer', () => {
    const form: FormFields = {
      ...emptyForm(),
      contractStart: '02/09/2024',
      contractType: 'CDI',
      ageMode: 'birthDate',
      birthDate: '14/03/1988',
    };
    const written = formToParameters(form, 'oui').toString();
    expect(written).toBe('debut=2024-09-02&type=cdi&age-30-ans-ou-plus=oui');
    expect(written).not.toMatch(/1988/);
  });

  it('writes only what was filled, and no unreadable value', () => {
    const form: FormFields = { ...emptyForm(), contractStart: '31/02/2024', contractType: 'CDD', plannedEnd: '' };
    expect(formToParameters(form, '').toString()).toBe('type=cdd');
  });

  it('writes only parameters that the deep-link table (URL_PARAMETERS) reads back', () => {
    const form: FormFields = { ...emptyForm(), ...parseParameters(FULL).form } as FormFields;
    for (const name of formToParameters(form, 'oui').keys()) expect(URL_PARAMETERS).toHaveProperty(name);
  });
});
