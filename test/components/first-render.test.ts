import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/components/App.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { SimulationState } from '../../src/state/simulation.svelte.ts';

describe('the first render', () => {
  it('shows every field, the estimate of a shared link and the share bar at once', () => {
    localStorage.clear();
    window.history.replaceState(null, '', '/?debut=2024-09-02&type=cdd&fin=2025-09-01');
    const sim = new SimulationState(window.location.search, '2024-09-10', window.location.origin);
    render(App, { props: { app: new AppState(sim, window.location.hash) } });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Estimation : 6\u202f000\u00a0€/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/Date de début d'exécution/)).toHaveValue('02/09/2024');
    expect(screen.getByLabelText(/Date de dépôt de la demande/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: "Conditions d'éligibilité" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Copier le lien/ })).toBeInTheDocument();
  });
});
