import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import { en, type MessageKey } from '../../i18n/messages/en';

/** The translated name of an entity type; a type no catalog knows shows as words ("SecurityPlatform" → "Security Platform"). */
export function useEntityTypeName() {
  const t = useT();
  return useCallback(
    (type: string) => {
      for (const key of [`entity.${type}`, `result.type.${type}`]) {
        if (key in en) return t(key as MessageKey);
      }
      return type.replace(/-/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
    },
    [t],
  );
}
