import { startTransition, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { en } from './messages/en';
import {
  initialLocale,
  loadCatalog,
  loadedCatalog,
  rememberLocale,
  type Catalog,
} from './catalogs';
import { LocaleContext, type Locale } from './useLocale';

/** A language's catalog, or English when it cannot be loaded (offline after a deployment, say). */
const catalogOrEnglish = (locale: Locale): Promise<Catalog> => loadCatalog(locale).catch(() => en);

/**
 * Provides react-intl with the chosen catalog; the choice is remembered on this device. The console's boot loads
 * the reader's language beforehand; a language not loaded yet (an embedding host's choice) renders once it has
 * arrived, and choosing another language keeps the current one on screen meanwhile.
 */
export function I18nProvider({
  children,
  locale: forced,
}: {
  children: ReactNode;
  locale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? initialLocale());
  const [messages, setMessages] = useState<Catalog | undefined>(() => loadedCatalog(locale));
  useEffect(() => {
    if (messages) return;
    let current = true;
    void catalogOrEnglish(locale).then((catalog) => current && setMessages(catalog));
    return () => {
      current = false;
    };
  }, [locale, messages]);
  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    void catalogOrEnglish(next).then((catalog) =>
      startTransition(() => {
        setMessages(catalog);
        setLocaleState(next);
      }),
    );
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  if (!messages) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} defaultLocale="en" messages={messages}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
