import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { LocaleContext, type Locale } from './useLocale';

const CATALOGS: Record<Locale, Record<string, string>> = { en, fr };
const STORAGE_KEY = 'sc-locale';

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Provides react-intl with the chosen catalog; the choice is remembered on this device. */
export function I18nProvider({
  children,
  locale: forced,
}: {
  children: ReactNode;
  locale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} defaultLocale="en" messages={CATALOGS[locale]}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
