import { AddSecurityCoverageButton as Button } from '../features/coverage-creation/AddSecurityCoverageButton';
import type { CoverableEntityType } from '../lib/entityTypes';
import { EmbedCapabilities } from './EmbedCapabilities';
import { EmbedProviders, type EmbedOptions } from './EmbedProviders';

export interface AddSecurityCoverageButtonProps extends EmbedOptions {
  /** The entity of the host's page: a Report, Grouping, Campaign, Intrusion Set, Incident or Case-Incident. */
  entity: { id: string; entityType: CoverableEntityType; name: string };
  /** Called with the new coverage's id (for example, to navigate to it). */
  onCreated?: (id: string) => void;
}

/**
 * "Add Security Coverage" for a host's own entity pages: the same drawer as the console, shown only to users who
 * may create coverages (KNOWLEDGE_KNUPDATE).
 */
export function AddSecurityCoverageButton({
  entity,
  onCreated,
  ...options
}: AddSecurityCoverageButtonProps) {
  return (
    <EmbedProviders {...options}>
      <EmbedCapabilities>
        <Button entity={entity} onCreated={onCreated} />
      </EmbedCapabilities>
    </EmbedProviders>
  );
}
