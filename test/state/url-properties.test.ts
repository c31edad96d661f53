import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/rules/index.ts';
import { readEmbedSettings } from '../../src/embed/mode.ts';
import { readForm } from '../../src/state/form.ts';
import { isTrackingParameter, parameterRule, parseParameters, restoreForm, URL_PARAMETERS } from '../../src/state/url.ts';

/** Names a link may carry: the contract's own, object-prototype names, tracking, anything. */
const parameterName = fc.oneof(
  fc.constantFrom(...Object.keys(URL_PARAMETERS)),
  fc.constantFrom('constructor', '__proto__', 'toString', 'prototype', 'utm_source', 'fbclid', 'integration', 'couleur'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** Values near and far from valid ones: dates at the edges of the calendar, numbers, noise. */
const parameterValue = fc.oneof(
  fc.constantFrom(
    '2024-09-02',
    '9999-12-31',
    '1900-01-01',
    '2100-12-31',
    '2101-01-01',
    '2024-02-30',
    'cdd',
    'cdi',
    'oui',
    'non',
    '3,3',
    '12',
    '13',
    '2024-10-10_2024-11-20',
    'RNCP37443',
    '44',
  ),
  fc
    .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const queryString = fc
  .array(fc.tuple(parameterName, parameterValue), { maxLength: 12 })
  .map((pairs) => ({ search: new URLSearchParams(pairs).toString() }));

describe('any link', () => {
  it('is parsed without throwing, and each refused parameter gets a notice', () => {
    fc.assert(
      fc.property(queryString, ({ search }) => {
        const { notices } = parseParameters(search);
        // What the browser itself reads back from the address (URLSearchParams normalises text).
        for (const [name, value] of new URLSearchParams(search)) {
          if (name === 'integration' || name === 'couleur' || isTrackingParameter(name)) continue;
          const rule = parameterRule(name);
          const refused = !rule || !rule.schema().safeParse(value).success;
          if (refused) expect(notices.some((notice) => notice.includes(`« ${name.slice(0, 20)}`))).toBe(true);
        }
        expect(new Set(notices).size).toBe(notices.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a form the engine reads without throwing, whatever it holds', () => {
    fc.assert(
      fc.property(queryString, fc.string({ maxLength: 12 }), ({ search }, today) => {
        const { form } = restoreForm(search);
        const { input } = readForm(form);
        if (input) expect(typeof simulate(input, { today }).ok).toBe('boolean');
        expect(() => readEmbedSettings(search)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
