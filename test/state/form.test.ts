import { describe, expect, it } from 'vitest';
import { emptyForm, plannedEndForDuration, readDate, readForm, readNumber, type FormFields } from '../../src/state/form.ts';
import { dateMessage, maskDateTyping } from '../../src/state/form.ts';

const filled = (changes: Partial<FormFields>): FormFields => ({ ...emptyForm(), ...changes });

describe('readDate', () => {
  it('reads dates as French people type them, and ISO dates', () => {
    expect(readDate('02/09/2024')).toBe('2024-09-02');
    expect(readDate('2/9/2024')).toBe('2024-09-02');
    expect(readDate('02.09.2024')).toBe('2024-09-02');
    expect(readDate(' 2024-09-02 ')).toBe('2024-09-02');
    expect(readDate('')).toBe('');
  });
  it('refuses dates that do not exist', () => {
    for (const text of ['30/02/2024', '31/04/2025', '29/02/2023', 'hier', '2024-02-30', '12/2024']) {
      expect(readDate(text), text).toBeNull();
    }
  });
});

describe('readNumber', () => {
  it('accepts a decimal comma', () => {
    expect(readNumber('17,5')).toBe(17.5);
    expect(readNumber('35')).toBe(35);
    expect(readNumber('')).toBe('');
    expect(readNumber('trente')).toBeNull();
    expect(readNumber('-3')).toBeNull();
  });
});

describe('readForm', () => {
  it('says which required fields are missing, and gives no input', () => {
    const reading = readForm(emptyForm());
    expect(reading.input).toBeNull();
    expect(reading.missing).toEqual(['contractStart', 'contractType']);
    expect(readForm(filled({ contractStart: '02/09/2024', contractType: 'CDD' })).missing).toEqual(['plannedEnd']);
  });

  it('ties an impossible date to its field', () => {
    const reading = readForm(filled({ contractStart: '30/02/2024', contractType: 'CDI' }));
    expect(reading.input).toBeNull();
    expect(reading.errors.contractStart).toMatch(/n'existe pas/);
  });

  it('ignores the planned end of a CDI and the hours of a full-time contract', () => {
    const reading = readForm(
      filled({ contractStart: '02/09/2024', contractType: 'CDI', plannedEnd: 'n’importe quoi', weeklyHours: 'x' }),
    );
    expect(reading.errors).toEqual({});
    expect(reading.input).toMatchObject({
      contractStart: '2024-09-02',
      contractType: 'CDI',
      plannedEnd: undefined,
      weeklyHours: undefined,
    });
  });

  it('turns answers and part time into the engine input', () => {
    const reading = readForm(
      filled({
        contractStart: '02/09/2024',
        contractType: 'CDD',
        plannedEnd: '01/07/2025',
        timeMode: 'part',
        weeklyHours: '31,5',
        jobSeekerAtStart: 'oui',
        economicLayoffsLast6Months: 'non',
        department: ' 44 ',
        siret: '732 829 320 00074',
        unpaidPeriods: [{ from: '01/10/2024', to: '31/10/2024' }],
      }),
    );
    expect(reading.input).toMatchObject({
      plannedEnd: '2025-07-01',
      weeklyHours: 31.5,
      fullTimeHours: 35,
      jobSeekerAtStart: true,
      economicLayoffsLast6Months: false,
      subjectToCufpa: undefined,
      department: '44',
      siret: '73282932000074',
      unpaidPeriods: [{ from: '2024-10-01', to: '2024-10-31' }],
    });
  });

  it('uses the birth date only when the person chose to give it', () => {
    const answer = readForm(
      filled({ contractStart: '02/09/2024', contractType: 'CDI', birthDate: '01/01/1990', aged30OrMore: 'non' }),
    );
    expect(answer.input).toMatchObject({ birthDate: undefined, aged30OrMore: false });
    const birth = readForm(
      filled({
        contractStart: '02/09/2024',
        contractType: 'CDI',
        ageMode: 'birthDate',
        birthDate: '01/01/1990',
        aged30OrMore: 'non',
      }),
    );
    expect(birth.input).toMatchObject({ birthDate: '1990-01-01', aged30OrMore: undefined });
  });
});

describe('plannedEndForDuration', () => {
  it('gives the day before the start plus the duration', () => {
    expect(plannedEndForDuration('02/09/2024', 10)).toBe('2025-07-01');
    expect(plannedEndForDuration('31/01/2025', 1)).toBe('2025-02-27');
    expect(plannedEndForDuration('01/10/2024', 6)).toBe('2025-03-31');
  });
  it('refuses what cannot be a CDD duration', () => {
    expect(plannedEndForDuration('', 6)).toBeNull();
    expect(plannedEndForDuration('02/09/2024', 0)).toBeNull();
    expect(plannedEndForDuration('02/09/2024', 2.5)).toBeNull();
  });
});

describe('readDate, on every keyboard', () => {
  it.each([
    ['02/01/2027', '2027-01-02'],
    ['2/1/2027', '2027-01-02'],
    ['02.01.2027', '2027-01-02'],
    ['02-01-2027', '2027-01-02'],
    ['02 01 2027', '2027-01-02'],
    ['02012027', '2027-01-02'],
    ['2027-01-02', '2027-01-02'],
    [' 02 / 01 / 2027 ', '2027-01-02'],
    ['02/01/27', '2027-01-02'],
    ['020127', '2027-01-02'],
  ])('reads %s as %s', (typed, iso) => {
    expect(readDate(typed)).toBe(iso);
  });

  it('refuses a two-digit year for a birth date, with a message asking for four digits', () => {
    expect(readDate('14/03/90', 'refuse')).toBeNull();
    expect(dateMessage('14/03/90', 'refuse')).toBe("Indiquez l'année sur 4 chiffres, par exemple 14/03/1990.");
    expect(readDate('14/03/1990', 'refuse')).toBe('1990-03-14');
  });

  it.each(['31/02/2027', '02/13/2027', '0201202', '02/01/202', '2/1'])('refuses %s', (typed) => {
    expect(readDate(typed)).toBeNull();
  });
});

describe('maskDateTyping', () => {
  it('inserts the slashes as digits are typed, one at a time', () => {
    let text = '';
    for (const digit of '02012027') text = maskDateTyping(text + digit, text.length + 1).text;
    expect(text).toBe('02/01/2027');
  });

  it('keeps the caret after the same digits when one is typed in the middle', () => {
    // Typing 1 after "02/0" in "02/0/2027" gives "02/01/2027" with the caret after the 1;
    // backspace over the first slash of 02/01/2027 puts it back, the caret before it.
    expect(maskDateTyping('02/01/2027', 5)).toEqual({ text: '02/01/2027', caret: 5 });
    // Deleting the 1 of 02/01/2027 leaves 02/0/2027 as it is, ready for the digit that replaces it.
    expect(maskDateTyping('02/0/2027', 4)).toEqual({ text: '02/0/2027', caret: 4 });
    expect(maskDateTyping('0201/2027', 2)).toEqual({ text: '02/01/2027', caret: 2 });
  });

  it('lets backspace empty the field', () => {
    let text = '02/01/2027';
    const seen: string[] = [];
    for (let i = 0; i < 12 && text; i++) {
      text = maskDateTyping(text.slice(0, -1), text.length - 1).text;
      seen.push(text);
    }
    expect(text).toBe('');
    expect(seen).toEqual(['02/01/202', '02/01/20', '02/01/2', '02/01/', '02/01', '02/0', '02/', '02', '0', '']);
  });

  it('leaves the short form, dots, dashes and spaces as typed', () => {
    for (const typed of ['2/', '2/1/2027', '02.01', '02-01-2027', '02 01']) {
      expect(maskDateTyping(typed, typed.length).text).toBe(typed);
    }
  });

  it('keeps a slash typed after the day', () => {
    expect(maskDateTyping('02/', 3)).toEqual({ text: '02/', caret: 3 });
  });
});
