// Prints figures; asserts nothing (benchmarks are scripts, never timed tests: README, « Contribuer »).
import { simulate } from '../src/rules/index.ts';
import { benchSearch } from './search.ts';

const INPUTS = [
  { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01' },
  { contractStart: '2024-01-31', contractType: 'CDI', weeklyHours: 28, earlyEnd: '2024-08-15', unpaidMonths: [3] },
  {
    contractStart: '2024-09-15',
    contractType: 'CDD',
    plannedEnd: '2025-09-14',
    weeklyHours: 31.5,
    unpaidPeriods: [{ from: '2024-10-10', to: '2024-11-20' }],
    birthDate: '1990-02-28',
    applicationDate: '2024-10-01',
    department: '44',
    subjectToCufpa: true,
    obligationsUpToDate: true,
    economicLayoffsLast6Months: false,
    jobSeekerAtStart: true,
    employedInEstablishmentLast6Months: false,
    contractPurpose: 'listed-certification',
    certificationCode: 'RNCP37443',
  },
] as const;

function benchSimulate(): void {
  const lookup = (code: string) => (code === 'RNCP37443' ? { code, title: 'TP' } : null);
  for (let i = 0; i < 20_000; i++) simulate(INPUTS[i % INPUTS.length]!, { findCertification: lookup }); // warm-up
  const calls = 200_000;
  const started = performance.now();
  for (let i = 0; i < calls; i++) simulate(INPUTS[i % INPUTS.length]!, { findCertification: lookup });
  const seconds = (performance.now() - started) / 1000;
  // What users feel: one call per keystroke in the form, and one per saved simulation when
  // "Mes simulations" opens (10,000 for an adviser's lifetime of simulations).
  const perCall = (seconds * 1e6) / calls;
  console.log(
    `simulate: ${perCall.toFixed(2)} µs per call (${Math.round(calls / seconds).toLocaleString('en-US')} calls/s over ${calls} calls); 10,000 saved simulations: ${Math.round((perCall * 10_000) / 1000)} ms`,
  );
}

benchSimulate();
benchSearch(1);
benchSearch(10);
benchSearch(100);
