import { en, type MessageKey } from './messages/en';
import type { Locale } from './useLocale';

export type Catalog = Readonly<Record<MessageKey, string>>;

const STORAGE_KEY = 'sc-locale';

/** English, the source language, ships with the app; other languages load when chosen (a chunk each). */
const loaded: Partial<Record<Locale, Catalog>> = { en };
const loading: Partial<Record<Locale, Promise<Catalog>>> = {};

const importers: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  fr: async () => (await import('./messages/fr')).fr,
};

/** The catalog of a language if it has loaded already. */
export function loadedCatalog(locale: Locale): Catalog | undefined {
  return loaded[locale];
}

/** Loads a language's catalog once (a failed load is tried again on the next call). */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  if (locale === 'en') return Promise.resolve(en);
  loading[locale] ??= importers[locale]().then(
    (catalog) => (loaded[locale] = catalog),
    (error: unknown) => {
      delete loading[locale];
      throw error;
    },
  );
  return loading[locale];
}

/** The language chosen earlier on this device, else the browser's. */
export function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function rememberLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
}
