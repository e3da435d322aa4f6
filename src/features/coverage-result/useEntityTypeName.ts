import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import { en, type MessageKey } from '../../i18n/messages/en';

/** The translated name of an entity type; types the catalogs do not know show as OpenCTI spells them. */
export function useEntityTypeName() {
  const t = useT();
  return useCallback(
    (type: string) => {
      const key = `entity.${type}`;
      return key in en ? t(key as MessageKey) : type.replace(/-/g, ' ');
    },
    [t],
  );
}
