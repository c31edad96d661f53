import { cleanup, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { amount, fill, openApp } from './helpers.ts';

afterEach(() => cleanup());

/** Issue 14, from the employer's side: today is 10/09/2024 in these tests (see helpers.ts). */
describe('dates typed on any keyboard', () => {
  it.each(['02012025', '2/1/2025', '02.01.2025', '02-01-2025', '02 01 2025', '02/01/25'])(
    'reads %s as 02/01/2025 and estimates',
    async (typed) => {
      const { user } = openApp();
      await fill(user, /Date de début d'exécution/, typed);
      await user.click(screen.getByRole('radio', { name: 'CDI' }));
      expect(amount()).toBe('6\u202f000\u00a0€');
      expect(screen.getByText('02/01/2025 – 01/02/2025')).toBeInTheDocument();
      if (typed === '02012025') expect(screen.getByLabelText(/Date de début d'exécution/)).toHaveValue('02/01/2025');
    },
  );

  it('shows no error while a date is being typed, and says what is wrong once the field is left', async () => {
    const { user } = openApp();
    const field = screen.getByLabelText(/Date de début d'exécution/);
    await user.type(field, '0213');
    expect(field).toHaveValue('02/13');
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Cette date n'existe pas"));
  });

  it('refuses a two-digit birth year with a message asking for four digits', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdi');
    await user.click(screen.getByRole('radio', { name: 'Indiquer la date de naissance' }));
    await fill(user, /Date de naissance du salarié/, '14/03/88');
    await user.tab();
    expect(screen.getByLabelText(/Date de naissance du salarié/)).toHaveAccessibleDescription(
      expect.stringContaining("Indiquez l'année sur 4 chiffres, par exemple 14/03/1990."),
    );
  });
});

describe('verdict first, amount second', () => {
  it('puts an unmet condition and its reason first, the amount it would have been second', () => {
    openApp('?debut=2024-09-02&type=cdi&age-30-ans-ou-plus=non');
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveTextContent(
      "Ce contrat n'ouvre pas droit à l'aide : le salarié avait moins de 30 ans au début du contrat.",
    );
    expect(screen.getByText('qui aurait été dû si toutes les conditions avaient été remplies')).toBeInTheDocument();
    expect(amount()).toBe('6\u202f000\u00a0€');
    // The verdict comes before the amount in the page.
    expect(verdict.compareDocumentPosition(screen.getByRole('status', { name: "Montant estimé de l'aide" }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const summary = screen.getByRole('region', { name: "Résumé de l'estimation" });
    expect(summary).toHaveTextContent("Pas d'aide : une condition n'est pas remplie");
  });

  it('says how to fix an unmet condition that can be fixed', () => {
    openApp('?debut=2024-09-02&type=cdi&a-jour-obligations=non');
    expect(screen.getByTestId('verdict')).toHaveTextContent(
      'Pour y remédier : Régularisez la situation auprès de l’URSSAF et des impôts (attestations à jour) avant de déposer la demande.',
    );
  });

  it('labels the amount "si toutes les conditions sont remplies" with a link to each question left', () => {
    openApp('?debut=2024-09-02&type=cdi&age-30-ans-ou-plus=oui&demandeur-emploi=oui&dans-effectif-6-mois=non&departement=44');
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveTextContent('Éligibilité à confirmer : 6 questions restantes');
    const links = within(verdict).getAllByRole('link');
    expect(links).toHaveLength(6);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target, link.textContent ?? '').not.toBeNull();
      expect(target!.tagName).toBe('INPUT');
    }
    expect(within(verdict).getByRole('link', { name: /CUFPA/ })).toHaveAttribute('href', '#subjectToCufpa-oui');
    expect(screen.getByText('si toutes les conditions sont remplies')).toBeInTheDocument();
  });

  it('never shows 0 € under "Toutes les conditions sont remplies": it says why nothing is due', () => {
    openApp(
      '?debut=2024-09-02&type=cdi&rupture=2024-09-20&certification=RNCP34095&objet=certification&age-30-ans-ou-plus=oui' +
        '&demandeur-emploi=oui&dans-effectif-6-mois=non&departement=44&cufpa=oui&a-jour-obligations=oui' +
        '&licenciement-economique=non&depot=2024-09-05',
    );
    expect(amount()).toBe('0\u00a0€');
    const verdict = screen.getByTestId('verdict');
    expect(verdict).not.toHaveTextContent('Toutes les conditions sont remplies');
    expect(verdict).toHaveTextContent(
      "Aucune aide n'est due : la rupture du contrat le 20/09/2024 intervient durant le premier mois.",
    );
  });
});

describe('no silent default', () => {
  it('asks whether the request was filed, and makes its deadline a task while it is not', async () => {
    const { user } = openApp(
      '?debut=2024-09-02&type=cdi&certification=RNCP34095&objet=certification&age-30-ans-ou-plus=oui&demandeur-emploi=oui' +
        '&dans-effectif-6-mois=non&departement=44&cufpa=oui&a-jour-obligations=oui&licenciement-economique=non',
    );
    const question = screen.getByRole('group', { name: /Avez-vous déjà déposé la demande/ });
    expect(within(question).getByRole('radio', { name: 'Oui' })).not.toBeChecked();
    expect(within(question).getByRole('radio', { name: 'Pas encore' })).not.toBeChecked();
    expect(screen.queryByLabelText(/Date de dépôt de la demande/)).not.toBeInTheDocument();
    // The certification is checked once the list has arrived (a chunk of its own).
    await waitFor(() => expect(screen.getByTestId('verdict')).toHaveTextContent('Éligibilité à confirmer : 1 question restante'));
    await user.click(within(question).getByRole('radio', { name: 'Pas encore' }));
    // 2 September 2024 + 3 months = 2 December 2024; today is 10 September: 83 days.
    expect(screen.getByTestId('verdict')).toHaveTextContent(
      "Le contrat ouvre droit à l'aide, à condition de déposer la demande au plus tard le 02/12/2024 (dans 83 jours).",
    );
    const steps = screen.getByRole('list', { name: 'Vos démarches' });
    expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent('À faire : il reste 83 jours');
    await user.click(within(question).getByRole('radio', { name: 'Oui' }));
    // A filing date after today (10/09/2024) is a plan, not a filed request.
    await fill(user, /Date de dépôt de la demande/, '03/12/2024');
    expect(screen.getByTestId('verdict')).toHaveTextContent('Éligibilité à confirmer : 1 question restante');
    expect(screen.getByText(/La date de dépôt indiquée, le 03\/12\/2024, est après aujourd'hui/)).toBeInTheDocument();
    await fill(user, /Date de dépôt de la demande/, '05/09/2024');
    expect(screen.getByTestId('verdict')).toHaveTextContent(
      "Toutes les conditions sont remplies : le contrat ouvre droit à l'aide.",
    );
  });
});

describe('deadlines already past', () => {
  it('flags a payment request window already past in the verdict, like the filing deadline', async () => {
    // A CDD from 01/04/2024 to 15/05/2024: the aided period ends 15/05/2024, the payment request is
    // due by 15/08/2024; today is 10/09/2024.
    openApp(
      '?debut=2024-04-01&type=cdd&fin=2024-05-15&certification=RNCP34095&objet=certification&age-30-ans-ou-plus=oui&demandeur-emploi=oui' +
        '&dans-effectif-6-mois=non&departement=44&cufpa=oui&a-jour-obligations=oui&licenciement-economique=non' +
        '&demande-deposee=oui&depot=2024-05-01',
    );
    await waitFor(() =>
      expect(screen.getByTestId('verdict')).toHaveTextContent(
        "Le contrat ouvrait droit à l'aide, mais la date limite de la demande de paiement, le 15/08/2024, est dépassée.",
      ),
    );
    const steps = within(screen.getByRole('list', { name: 'Vos démarches' })).getAllByRole('listitem');
    expect(steps[1]).toHaveTextContent('Délai dépassé depuis 26 jours (le 15/08/2024)');
  });

  it('never counts negative days left: a deadline passed without an answer says so', () => {
    // 02/05/2024 + 3 months = 02/08/2024, 39 days before 10/09/2024.
    openApp('?debut=2024-05-02&type=cdi');
    const steps = within(screen.getByRole('list', { name: 'Vos démarches' })).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent('Délai dépassé depuis 39 jours (le 02/08/2024)');
    expect(screen.queryByText(/il reste -/)).not.toBeInTheDocument();
  });
});

describe('the certification field', () => {
  it('hands the focus from its stand-in to the search when the search arrives', async () => {
    const { user } = openApp();
    await user.click(screen.getByRole('textbox', { name: 'Certification préparée' }));
    expect(await screen.findByRole('combobox', { name: 'Certification préparée' })).toHaveFocus();
  });
});

describe('what to do next (§2, §3, §4, §5, §6)', () => {
  it('lists the dated steps with their clauses, and the personal data note', () => {
    openApp('?debut=2024-09-02&type=cdd&fin=2025-09-01&demande-deposee=non');
    const steps = screen.getByRole('list', { name: 'Vos démarches' });
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.match(/\(§\d[^)]*\)/)?.[0])).toEqual([
      '(§2 — Pièces et dépôt de la demande)',
      '(§3 — Demande de paiement)',
      '(§4 — Conservation des pièces justificatives)',
      '(§6 — Communication)',
    ]);
    expect(items[0]).toHaveTextContent('au plus tard le 02/12/2024, avec la copie du contrat (formulaire CERFA)');
    expect(items[1]).toHaveTextContent('À faire à partir du 01/09/2025');
    expect(items[1]).toHaveTextContent('entre le 01/09/2025 (fin de la période aidée) et le 01/12/2025');
    expect(items[2]).toHaveTextContent('pendant 10 ans à compter du versement');
    expect(screen.getByText(/Données personnelles/).closest('p')).toHaveTextContent('donneespersonnelles@paysdelaloire.fr');
  });
});

describe('an explanation that adds up', () => {
  it('shows the exact fraction that gives the displayed amount', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdi&heures=24');
    expect(amount()).toBe('4\u202f114,29\u00a0€');
    expect(screen.getByText(/^500 € × 24\/35 × 12 mois \(temps partiel, quotité de 68,57 %\)$/)).toBeInTheDocument();
    expect(
      screen.getByText(/^Selon le règlement d'intervention adopté par le Conseil régional les 28 et 29 mars 2024/),
    ).toBeInTheDocument();
    await user.click(screen.getByText('Comment est calculé ce montant ?'));
    expect(screen.getByText(/500 € × 24\/35 × 12 mois = 4 114,29 €, arrondi au centime\./)).toBeInTheDocument();
    expect(screen.queryByText(/342,86 € × 12/)).not.toBeInTheDocument();
  });

  it('warns when the weekly hours exceed the full-time reference', () => {
    openApp('?debut=2024-09-02&type=cdi&heures=39');
    expect(amount()).toBe('6\u202f000\u00a0€');
    expect(screen.getByText(/La durée hebdomadaire \(39 h\) dépasse le temps complet de référence \(35 h\)/)).toBeInTheDocument();
  });

  it('says a CDD reaching its planned end is no rupture', async () => {
    const { user } = openApp('?debut=2024-09-02&type=cdd&fin=2025-05-20');
    await user.click(screen.getByText('Comment est calculé ce montant ?'));
    expect(screen.getByText(/^Le CDD prend fin à la date prévue, le 20\/05\/2025 \(mois n° 9\)/)).toBeInTheDocument();
    expect(screen.queryByText(/Rupture anticipée/)).not.toBeInTheDocument();
  });
});
