import { createContext, useContext } from 'react';

export type Locale = 'en' | 'fr';

export const LocaleContext = createContext<{ locale: Locale; setLocale: (locale: Locale) => void }>(
  {
    locale: 'en',
    setLocale: () => undefined,
  },
);

export function useLocale() {
  return useContext(LocaleContext);
}
