import { useCallback } from 'react';
import { durationTerms, parseDuration, type DurationParts } from '../lib/isoDuration';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages/en';

/** Plain words for ISO-8601 durations: "2 weeks", "1 day 12 hours", and schedules: "every day", "every 2 weeks". */
export function useDurationText() {
  const t = useT();
  const phrase = useCallback(
    (parts: DurationParts) =>
      durationTerms(parts)
        .map((term) => t(`duration.${term.unit}` as MessageKey, { count: term.value }))
        .join(' '),
    [t],
  );
  const every = useCallback(
    (iso: string | null | undefined): string | null => {
      const parts = iso ? parseDuration(iso) : null;
      if (!parts) return null;
      const terms = durationTerms(parts);
      const [single] = terms;
      if (terms.length === 1 && single && single.value === 1)
        return t(`duration.every1.${single.unit}` as MessageKey);
      return terms.length > 0 ? t('duration.every', { duration: phrase(parts) }) : null;
    },
    [t, phrase],
  );
  return { phrase, every };
}
