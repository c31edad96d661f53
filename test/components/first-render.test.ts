import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/components/App.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { SimulationState } from '../../src/state/simulation.svelte.ts';

describe('the first render (engine on demand)', () => {
  it('shows every field at once, then the estimate of a shared link when the engine arrives', async () => {
    localStorage.clear();
    window.history.replaceState(null, '', '/?debut=2024-09-02&type=cdd&fin=2025-09-01');
    const sim = new SimulationState(window.location.search, '2024-09-10', window.location.origin);
    render(App, { props: { app: new AppState(sim, window.location.hash) } });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByLabelText(/Date de début d'exécution/)).toHaveValue('02/09/2024');
    expect(screen.getByRole('group', { name: /Avez-vous déjà déposé la demande/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Copier le lien/ })).toBeInTheDocument();
    // The engine is a chunk of its own, fetched for this link: the summary says it is computing.
    const summary = screen.getByRole('region', { name: "Résumé de l'estimation" });
    expect(summary).toHaveTextContent('Estimation : calcul en cours…');
    await waitFor(() => expect(summary).toHaveTextContent('6 000 € si toutes les conditions sont remplies · 10 questions'));
    expect(screen.getByRole('heading', { name: "Conditions d'éligibilité" })).toBeInTheDocument();
  });
});
