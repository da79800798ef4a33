// @vitest-environment jsdom
/** The one date field: typed day first in every language, the form gets the ISO date or ''. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../renderer/i18n/i18n';
import { DateInput } from '../../renderer/ui/DateInput';
import { FormField } from '../../renderer/ui/FormField';

function Form({ initial = '', seen }: { initial?: string; seen: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nextProvider i18n={i18n}>
      <FormField id="due" label="Échéance">
        <DateInput
          value={value}
          onChange={(iso) => {
            seen.push(iso);
            setValue(iso);
          }}
        />
      </FormField>
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('')}>
        reset
      </button>
    </I18nextProvider>
  );
}

const field = () => screen.getByLabelText('Échéance') as HTMLInputElement;

describe('the date field', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('fr');
  });

  it.each(['01/04/2026', '1/4/2026', '01.04.2026', '01-04-2026'])('gives the form 1 April for %s', (typed) => {
    const seen: string[] = [];
    render(<Form seen={seen} />);
    fireEvent.change(field(), { target: { value: typed } });
    expect(screen.getByTestId('value').textContent).toBe('2026-04-01');
    fireEvent.blur(field());
    expect(field().value).toBe('01/04/2026');
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it('shows an ISO value day first and the placeholder in the interface language', async () => {
    render(<Form initial="2026-04-01" seen={[]} />);
    expect(field().value).toBe('01/04/2026');
    expect(field().placeholder).toBe('jj/mm/aaaa');
    await i18n.changeLanguage('nl');
    expect((await screen.findByPlaceholderText('dd/mm/jjjj')).getAttribute('id')).toBe('due');
  });

  it('says in words that 31/04/2026 is no day, and gives the form no date', () => {
    const seen: string[] = [];
    render(<Form initial="2026-04-01" seen={seen} />);
    fireEvent.change(field(), { target: { value: '31/04/2026' } });
    expect(seen).toEqual(['']);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toBe(
      "Le 31/04/2026 n'existe pas dans le calendrier : vérifiez le jour et le mois.",
    );
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')).toBe('due-date-error');
    expect(field().validationMessage).not.toBe('');
    // The advisor's text stays as typed, to be corrected.
    expect(field().value).toBe('31/04/2026');
  });

  it('explains the expected order when the text is no date at all, in German too', async () => {
    await i18n.changeLanguage('de');
    render(<Form seen={[]} />);
    fireEvent.change(field(), { target: { value: '2026-04-01' } });
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toContain('Tag/Monat/Jahr');
  });

  it('follows the form when it resets the value, and takes a date chosen in the calendar', () => {
    const seen: string[] = [];
    const { container } = render(<Form seen={seen} />);
    fireEvent.change(field(), { target: { value: '1/4/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect(field().value).toBe('');
    const calendar = container.querySelector('input[type="date"]') as HTMLInputElement;
    expect(calendar.tabIndex).toBe(-1);
    fireEvent.change(calendar, { target: { value: '2026-12-31' } });
    expect(field().value).toBe('31/12/2026');
    expect(seen.at(-1)).toBe('2026-12-31');
    expect(screen.getByRole('button', { name: 'Choisir la date dans le calendrier' })).toBeTruthy();
  });
});
