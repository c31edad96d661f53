import { cleanup, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { amount, fill, openApp, openAppKeepingStorage } from './helpers.ts';

afterEach(() => cleanup());

describe('the regulation’s examples entered through the form (§3)', () => {
  it.each([
    { example: 'full time, 12 months', start: '02/09/2024', end: '01/09/2025', hours: null, expected: '6\u202f000\u00a0€' },
    { example: 'full time, 10 months', start: '02/09/2024', end: '01/07/2025', hours: null, expected: '5\u202f000\u00a0€' },
    { example: 'full time, 6 months', start: '01/10/2024', end: '31/03/2025', hours: null, expected: '3\u202f000\u00a0€' },
    { example: '80 % part time, 12 months', start: '02/09/2024', end: '01/09/2025', hours: '28', expected: '4\u202f800\u00a0€' },
    {
      example: '90 % part time, 10 months',
      start: '02/09/2024',
      end: '01/07/2025',
      hours: '31,5',
      expected: '4\u202f500\u00a0€',
    },
  ])('$example shows $expected', async ({ start, end, hours, expected }) => {
    const { user } = openApp();
    await fill(user, /Date de début d'exécution/, start);
    await user.click(screen.getByRole('radio', { name: 'CDD' }));
    await fill(user, /Date de fin prévue du CDD/, end);
    if (hours) {
      await user.click(screen.getByRole('radio', { name: 'Temps partiel' }));
      await fill(user, /Durée hebdomadaire du contrat/, hours);
    }
    expect(amount()).toBe(expected);
  });
});

describe('live estimate', () => {
  it('shows 0 € when the contract is broken off in its first month', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdd&fin=2025-09-01');
    expect(amount()).toBe('6\u202f000\u00a0€');
    await fill(user, /Date de fin effective en cas de rupture/, '20/09/2024');
    expect(amount()).toBe('0\u00a0€');
    // Never 0 € under "Toutes les conditions sont remplies": the verdict says why it is 0.
    expect(screen.getByTestId('verdict')).toHaveTextContent(
      "Aucune aide n'est due : la rupture du contrat le 20/09/2024 intervient durant le premier mois.",
    );
    expect(screen.getAllByText('non dû : rupture le 1er mois')).toHaveLength(1);
    expect(screen.getAllByText('non dû : après la fin')).toHaveLength(11);
  });

  it('lowers the amount by one month’s share when a month is marked without pay', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdd&fin=2025-09-01&heures=28');
    expect(amount()).toBe('4\u202f800\u00a0€');
    await user.click(screen.getByRole('checkbox', { name: 'Mois 4 sans rémunération' }));
    expect(amount()).toBe('4\u202f400\u00a0€');
    expect(screen.getByText('non dû : sans rémunération')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Mois 4 sans rémunération' }));
    expect(amount()).toBe('4\u202f800\u00a0€');
  });

  it('shows the message of an impossible date next to the field, and no amount', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdd&fin=2025-09-01');
    await fill(user, /Date de fin prévue du CDD/, '31/02/2025');
    const field = screen.getByLabelText(/Date de fin prévue du CDD/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Cette date n'existe pas"));
    expect(amount()).toBe('—');
    expect(screen.getByRole('link', { name: 'Date de fin prévue du CDD' })).toHaveAttribute('href', '#plannedEnd');
  });

  it('refuses a planned end before the start, with the engine’s message on the field', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdd&fin=2025-09-01');
    await fill(user, /Date de fin prévue du CDD/, '01/08/2024');
    expect(screen.getByLabelText(/Date de fin prévue du CDD/)).toHaveAccessibleDescription(
      expect.stringContaining('antérieure au début du contrat'),
    );
    expect(amount()).toBe('—');
  });

  it('fills the planned end from a duration in months', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdd');
    await fill(user, /Ou durée du CDD en mois/, '10');
    await user.click(screen.getByRole('button', { name: 'Calculer la date de fin' }));
    expect(screen.getByLabelText(/Date de fin prévue du CDD/)).toHaveValue('01/07/2025');
    expect(amount()).toBe('5\u202f000\u00a0€');
  });

  it('marks the months fully covered by an unpaid suspension', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdd&fin=2025-09-01');
    await user.click(screen.getByRole('button', { name: 'Ajouter une suspension' }));
    await fill(user, /Suspension 1 : du/, '02/10/2024');
    await fill(user, /^au/, '01/12/2024');
    expect(amount()).toBe('5\u202f000\u00a0€');
    expect(screen.getAllByText(/non dû : sans rémunération/)).toHaveLength(2);
  });

  it('says which condition fails first and what it would take', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdd&fin=2025-09-01&departement=75');
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveTextContent(
      "Ce contrat n'ouvre pas droit à l'aide : l'établissement employeur n'est pas situé en Pays de la Loire.",
    );
    expect(verdict).toHaveTextContent(
      /Le département 75 n'est pas en Pays de la Loire.*seuls les établissements dont le SIRET est en Pays de la Loire/,
    );
    const checklist = screen.getByRole('list', { name: "Conditions d'éligibilité" });
    expect(within(checklist).getAllByRole('listitem')).toHaveLength(10);
    expect(within(checklist).getByText('Non remplie')).toBeInTheDocument();
    await fill(user, /Département de l'établissement/, '44');
    expect(screen.getByTestId('verdict')).not.toHaveTextContent("n'ouvre pas droit");
    expect(within(checklist).queryByText('Non remplie')).not.toBeInTheDocument();
  });
});

describe('share and come back', () => {
  it('restores a simulation from the URL and writes the same URL back', async () => {
    const search = '?debut=2024-09-02&type=cdd&fin=2025-07-01&heures=31.5&departement=44&depot=2024-09-10';
    openApp(search);
    expect(amount()).toBe('4\u202f500\u00a0€');
    expect(screen.getByLabelText(/Date de début d'exécution/)).toHaveValue('02/09/2024');
    await waitFor(() => expect(window.location.search).toBe(search));
  });

  it('keeps the URL in step with an answer given before the first URL write (done in a later task)', async () => {
    const { sim } = openApp('?debut=2024-09-02');
    sim.form.contractType = 'CDI';
    // A timeout queued now runs after the app's own first-write timeout, queued at mount: timers
    // of equal delay run in order, however loaded the machine is.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.location.search).toBe('?debut=2024-09-02&type=cdi');
  });

  it('ignores a bad parameter with a visible notice and keeps the rest', async () => {
    openApp('?debut=2024-09-02&type=cdd&fin=2025-02-30&heures=28');
    expect(screen.getByText(/La valeur « 2025-02-30 » du paramètre « fin » n'est pas valide/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Date de début d'exécution/)).toHaveValue('02/09/2024');
  });

  it('never puts the birth date in the URL, but keeps it on reload', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdi');
    await user.click(screen.getByRole('radio', { name: 'Indiquer la date de naissance' }));
    await fill(user, /Date de naissance du salarié/, '14/03/1988');
    await waitFor(() => expect(window.location.search).toContain('age-30-ans-ou-plus=oui'));
    expect(window.location.href).not.toMatch(/1988/);
    cleanup();
    openAppKeepingStorage();
    expect(screen.getByLabelText(/Date de naissance du salarié/)).toHaveValue('14/03/1988');
  });

  it('keeps what was typed across a reload without any URL parameter', async () => {
    const { user } = openApp();
    await fill(user, /Date de début d'exécution/, '02/09/2024');
    await user.click(screen.getByRole('radio', { name: 'CDI' }));
    cleanup();
    window.history.replaceState(null, '', '/');
    openAppKeepingStorage();
    expect(screen.getByLabelText(/Date de début d'exécution/)).toHaveValue('02/09/2024');
    expect(amount()).toBe('6\u202f000\u00a0€');
  });

  it('clears everything after a confirmation', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdi');
    window.confirm = () => false;
    await user.click(screen.getByRole('button', { name: 'Recommencer' }));
    expect(screen.getByLabelText(/Date de début d'exécution/)).toHaveValue('02/09/2024');
    window.confirm = () => true;
    await user.click(screen.getByRole('button', { name: 'Recommencer' }));
    expect(screen.getByLabelText(/Date de début d'exécution/)).toHaveValue('');
    expect(amount()).toBe('—');
    // Nothing stays: the request date is asked, never assumed to be today.
    await waitFor(() => expect(window.location.search).toBe(''));
  });
});

describe('certification', () => {
  it('is chosen with the keyboard from the search list', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdi');
    // A plain field stands in until the search arrives (with the first result, or when the field
    // is focused); the search takes its place and keeps the focus.
    await user.click(await screen.findByRole('combobox', { name: 'Certification préparée' }));
    const combobox = await screen.findByRole('combobox', { name: 'Certification préparée' });
    expect(combobox).toHaveFocus();
    await user.type(combobox, 'cusinier');
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(within(listbox).getAllByRole('option').length).toBeGreaterThan(0));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByText(/Titre professionnel — Cuisinier/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('certification=RNCP34095'));
    // Picking a certification of the list answers what the contract prepares: one tap less.
    expect(screen.getByRole('radio', { name: 'un diplôme, un titre ou un CQP' })).toBeChecked();
    expect(screen.getByText(/figure dans la liste des formations prioritaires/)).toBeInTheDocument();
  });

  it('says plainly that a code absent from the annex is not eligible', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdi&certification=RNCP37447');
    const checklist = screen.getByRole('list', { name: "Conditions d'éligibilité" });
    expect(
      await within(checklist).findByText(/Le code RNCP37447 ne figure pas dans la liste des formations prioritaires/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('verdict')).toHaveTextContent("Ce contrat n'ouvre pas droit à l'aide");
    // The certification field says it too, once its search is there.
    await user.click(await screen.findByRole('combobox', { name: 'Certification préparée' }));
    expect(await screen.findByText(/ne figure pas dans la liste des formations éligibles/)).toBeInTheDocument();
  });
});
