import { Suspense, type ReactNode } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay';
import Skeleton from '@mui/material/Skeleton';
import { CapabilitiesProvider } from '../components/Capabilities';
import { useT } from '../i18n/useT';
import type { EmbedCapabilitiesQuery as QueryType } from './__generated__/EmbedCapabilitiesQuery.graphql';

const query = graphql`
  query EmbedCapabilitiesQuery {
    me {
      capabilities {
        name
      }
    }
  }
`;

function Loaded({ children }: { children: ReactNode }) {
  // The host has already signed the user in: this only learns what the user may do. Cached after the first read.
  const data = useLazyLoadQuery<QueryType>(query, {}, { fetchPolicy: 'store-or-network' });
  return (
    <CapabilitiesProvider names={data.me.capabilities.map((c) => c.name)}>
      {children}
    </CapabilitiesProvider>
  );
}

/** The signed-in user's capabilities for embedded pieces, so they show only the controls the user may use. */
export function EmbedCapabilities({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const t = useT();
  const placeholder = (
    <Skeleton
      variant="rounded"
      width={200}
      height={36}
      role="progressbar"
      aria-label={t('app.loadingPermissions')}
    />
  );
  return (
    <Suspense fallback={fallback ?? placeholder}>
      <Loaded>{children}</Loaded>
    </Suspense>
  );
}
