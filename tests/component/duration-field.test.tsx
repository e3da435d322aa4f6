import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DurationField } from '../../src/components/DurationField';
import { I18nProvider } from '../../src/i18n/I18nProvider';

const LABEL = 'Coverage validity period';

/** The field as a form holds it: the ISO value it reports is what would be sent. */
function Harness({ initial, kind }: { initial: string; kind?: 'schedule' | 'length' }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nProvider locale="en">
      <DurationField label={LABEL} value={value} onChange={setValue} kind={kind} />
      <output aria-label="Sent value">{value}</output>
    </I18nProvider>
  );
}

const sent = () => screen.getByRole('status', { name: 'Sent value' });

async function chooseUnit(unit: string) {
  await userEvent.click(screen.getByRole('combobox', { name: `${LABEL}: unit` }));
  await userEvent.click(
    within(await screen.findByRole('listbox')).getByRole('option', { name: unit }),
  );
}

describe('DurationField', () => {
  it('writes a month as P1M and an hour as PT1H, each with its plain preview', async () => {
    render(<Harness initial="P1D" />);
    expect(screen.getByText('ISO-8601: P1D · every day')).toBeInTheDocument();
    await chooseUnit('months');
    expect(sent()).toHaveTextContent(/^P1M$/);
    expect(screen.getByText('ISO-8601: P1M · every month')).toBeInTheDocument();
    await chooseUnit('hours');
    expect(sent()).toHaveTextContent(/^PT1H$/);
    expect(screen.getByText('ISO-8601: PT1H · every hour')).toBeInTheDocument();
  });

  it('shows a stored PT1M as one minute, never as a month', () => {
    render(<Harness initial="PT1M" />);
    const text = screen.getByRole('textbox', { name: `${LABEL} (ISO-8601)` });
    expect(text).toHaveValue('PT1M');
    expect(screen.getByText('every minute')).toBeInTheDocument();
    expect(screen.queryByText(/month/)).not.toBeInTheDocument();
  });

  it('keeps a value the number-and-unit editor cannot show (P1DT12H) as text, unchanged', async () => {
    render(<Harness initial="P1DT12H" />);
    const text = screen.getByRole('textbox', { name: `${LABEL} (ISO-8601)` });
    expect(text).toHaveValue('P1DT12H');
    expect(sent()).toHaveTextContent(/^P1DT12H$/);
    expect(screen.getByText('every 1 day 12 hours')).toBeInTheDocument();
    await userEvent.clear(text);
    await userEvent.type(text, 'P2DT6H');
    expect(sent()).toHaveTextContent(/^P2DT6H$/);
    await userEvent.click(screen.getByRole('button', { name: 'Use a number and a unit' }));
    expect(screen.getByRole('textbox', { name: `${LABEL}: number` })).toHaveValue('');
  });

  it('previews a length of time without "every"', () => {
    render(<Harness initial="P30D" kind="length" />);
    expect(screen.getByText('ISO-8601: P30D · 30 days')).toBeInTheDocument();
  });

  it('keeps what was typed, even when it is not a number', async () => {
    render(<Harness initial="P1D" />);
    const number = screen.getByRole('textbox', { name: `${LABEL}: number` });
    await userEvent.clear(number);
    await userEvent.type(number, '2x');
    expect(number).toHaveValue('2x');
  });
});
