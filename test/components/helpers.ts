import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/components/App.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { SimulationState } from '../../src/state/simulation.svelte.ts';
import * as engine from '../../src/rules/index.ts';

/** Opens the app at a given address, as a visitor following a link would. */
export function openApp(search = '', hash = '') {
  localStorage.clear();
  window.history.replaceState(null, '', `/${search}${hash}`);
  return openAppKeepingStorage();
}

/** Opens the app again at the current address, keeping this browser's storage (a reload). */
export function openAppKeepingStorage() {
  const user = userEvent.setup();
  const sim = new SimulationState(window.location.search, '2024-09-10', `${window.location.origin}${window.location.pathname}`);
  // The engine chunk as a returning visitor has it (cached): tests read results at once. The
  // first visit's wait for it is tested on its own (simulator.test.ts, "engine on demand").
  sim.engine.module = engine;
  const view = render(App, { props: { app: new AppState(sim, window.location.hash) } });
  return { user, sim, ...view };
}

export function amount(): string {
  return screen.getByRole('status', { name: "Montant estimé de l'aide" }).textContent?.trim() ?? '';
}

/** Fills a text field by its label, replacing what it held. */
export async function fill(user: ReturnType<typeof userEvent.setup>, label: RegExp, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  if (text) await user.type(field, text);
}
