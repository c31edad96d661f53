import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/components/App.svelte';
import { Stager } from '../../src/components/stager.ts';
import { SimulationState } from '../../src/state/simulation.svelte.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Stager: the first render, one block per task, top to bottom', () => {
  it('shows the blocks in document order, inner blocks before the next sibling, one per task', () => {
    vi.useFakeTimers();
    const stager = new Stager();
    const shown: string[] = [];
    // The first render queues the top-level blocks in document order.
    stager.enqueue(() => {
      shown.push('contract');
      // Showing a block renders its inner blocks, which queue themselves then.
      stager.enqueue(() => shown.push('contract type'));
      stager.enqueue(() => shown.push('working time'));
    });
    stager.enqueue(() => shown.push('events'));
    stager.start();
    expect(shown).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(shown).toEqual(['contract']);
    vi.advanceTimersToNextTimer();
    expect(shown).toEqual(['contract', 'contract type']);
    vi.runAllTimers();
    expect(shown).toEqual(['contract', 'contract type', 'working time', 'events']);
  });

  it('once every block is shown, a new block shows at once (a field appearing on an answer)', () => {
    vi.useFakeTimers();
    const stager = new Stager();
    expect(stager.enqueue(() => {})).toBe(true);
    stager.start();
    vi.runAllTimers();
    expect(stager.enqueue(() => {})).toBe(false);
  });

  it('settles `finished` only once the last block is shown (offline caching waits for it)', async () => {
    vi.useFakeTimers();
    const stager = new Stager();
    let finished = false;
    void stager.finished.then(() => (finished = true));
    stager.enqueue(() => stager.enqueue(() => {}));
    stager.enqueue(() => {});
    stager.start();
    for (let block = 1; block <= 3; block++) {
      vi.advanceTimersToNextTimer();
      await Promise.resolve();
      expect(finished, `after block ${block} of 3`).toBe(false);
    }
    vi.advanceTimersToNextTimer();
    await Promise.resolve();
    expect(finished).toBe(true);
  });
});

describe('the page rendered in stages', () => {
  it('starts with the title only and ends with every field, the estimate and the share bar', () => {
    vi.useFakeTimers();
    localStorage.clear();
    window.history.replaceState(null, '', '/?debut=2024-09-02&type=cdd&fin=2025-09-01');
    const sim = new SimulationState(window.location.search, '2024-09-10', window.location.origin);
    render(App, { props: { sim, stager: new Stager() } });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByLabelText(/Date de début d'exécution/)).toBeNull();
    expect(screen.getByRole('link', { name: /Estimation : à compléter/ })).toBeInTheDocument();
    vi.runAllTimers();
    expect(screen.getByRole('link', { name: /Estimation : 6\u202f000\u00a0€/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/Date de début d'exécution/)).toHaveValue('02/09/2024');
    expect(screen.getByLabelText(/Date de dépôt de la demande/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: "Conditions d'éligibilité" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Copier le lien/ })).toBeInTheDocument();
  });
});
