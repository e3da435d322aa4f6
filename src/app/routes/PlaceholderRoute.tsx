import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';

/** An honest "not built yet" page for screens a later piece of work delivers. */
export function PlaceholderRoute() {
  const t = useT();
  return <EmptyState title={t('placeholder.title')} body={t('placeholder.body')} />;
}
