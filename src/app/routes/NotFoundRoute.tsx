import { Link as RouterLink, useLocation } from 'react-router';
import Button from '@mui/material/Button';
import { EmptyState } from '../../components/EmptyState';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';

export function NotFoundContent({ path, entityType }: { path: string; entityType?: string }) {
  const t = useT();
  const paths = usePaths();
  const typeLabel = entityType ? t(`entity.${entityType}` as MessageKey) : '';
  return (
    <EmptyState
      titleAs="h1"
      title={t('notFound.title')}
      body={entityType ? t('notFound.entity', { type: typeLabel }) : t('notFound.body', { path })}
      action={
        <Button variant="contained" component={RouterLink} to={paths.securityCoverages}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}

/** The page for any URL no route matches. */
export function NotFoundRoute() {
  const location = useLocation();
  return <NotFoundContent path={location.pathname} />;
}
