import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { loadCatalog, loadedCatalog } from './catalogs';

/** The argument names a message uses, read with the ICU parser react-intl itself uses. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.literal) {
      found.add(element.value);
    }
    if ('options' in element)
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    if ('children' in element) argumentsOf(element.children, found);
  }
  return found;
}

describe('message catalogs', () => {
  it('hold the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('are valid ICU messages with the same arguments in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const english = [...argumentsOf(parse(en[key]))].sort();
      const french = [...argumentsOf(parse(fr[key]))].sort();
      expect(french, key).toEqual(english);
    }
  });

  it('have no empty message', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(fr)])
      expect(text.trim(), key).not.toBe('');
  });
});

describe('catalog loading', () => {
  it('has English at once and loads French when asked, once', async () => {
    expect(loadedCatalog('en')).toBe(en);
    expect(loadedCatalog('fr')).toBeUndefined();
    const loading = loadCatalog('fr');
    expect(loadCatalog('fr')).toBe(loading);
    expect(await loading).toEqual(fr);
    expect(loadedCatalog('fr')).toEqual(fr);
  });
});
