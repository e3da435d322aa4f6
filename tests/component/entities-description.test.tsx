import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { SEED } from '../../mocks/seed/ids';
import { freshBackend } from '../setup/backend';
import { renderApp } from '../setup/renderApp';

describe('covered-entity description', () => {
  it('renders Markdown safely: formatting and http links, no raw HTML, no unsafe link', async () => {
    const { backend } = freshBackend();
    const fin7 = backend.store.getOfType('Intrusion-Set', SEED.intrusionSets.fin7);
    if (!fin7) throw new Error('FIN7 is missing from the seed');
    fin7.description = [
      'Tracked as **Carbanak** by [MITRE](https://attack.mitre.org/groups/G0046/).',
      '',
      '<b>raw html</b> and [a trap](javascript:alert(1)) <img src="x" onerror="alert(1)">',
    ].join('\n');
    renderApp(`/dashboard/threats/intrusion_sets/${SEED.intrusionSets.fin7}`);
    await screen.findByRole('heading', { level: 1, name: 'FIN7' }, { timeout: 5000 });
    const details = screen.getByRole('region', { name: 'Details' });

    expect(within(details).getByText('Carbanak').tagName).toBe('STRONG');
    const link = within(details).getByRole('link', { name: 'MITRE' });
    expect(link).toHaveAttribute('href', 'https://attack.mitre.org/groups/G0046/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('title', 'opens in a new tab');

    expect(within(details).queryByRole('link', { name: 'a trap' })).not.toBeInTheDocument();
    expect(within(details).getByText(/a trap/)).toBeInTheDocument();
    expect(details.querySelector('b, img, script')).toBeNull();
    expect(details.querySelector('[href^="javascript"]')).toBeNull();
  });
});
