import { graphql, useFragment } from 'react-relay';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useT } from '../../i18n/useT';
import { assessDrift, hasDrift } from '../../lib/drift';
import { isPresent } from '../../lib/present';
import type { MessageKey } from '../../i18n/messages/en';
import type { DriftNotice_coverage$key } from './__generated__/DriftNotice_coverage.graphql';

// What the covered entity holds that OpenAEV can test (attack patterns with a MITRE ID, vulnerabilities): a
// container's objects, or the targets of the others' `uses` / `targets` relationships. What the results tested
// comes from the page, which reads it the way the server's generation stores it.
const fragment = graphql`
  fragment DriftNotice_coverage on SecurityCoverage {
    auto_enrichment_disable
    coverage_last_result
    objectCovered {
      entity_type
      ... on Container {
        testables: objects(types: ["Attack-Pattern", "Vulnerability"], first: 500) {
          edges {
            node {
              ... on AttackPattern {
                id
                x_mitre_id
              }
              ... on Vulnerability {
                id
              }
            }
          }
        }
      }
      ... on Campaign {
        relations: stixCoreRelationships(toTypes: ["Attack-Pattern", "Vulnerability"], first: 500) {
          edges {
            node {
              relationship_type
              to {
                ... on AttackPattern {
                  id
                  x_mitre_id
                }
                ... on Vulnerability {
                  id
                }
              }
            }
          }
        }
      }
      ... on IntrusionSet {
        relations: stixCoreRelationships(toTypes: ["Attack-Pattern", "Vulnerability"], first: 500) {
          edges {
            node {
              relationship_type
              to {
                ... on AttackPattern {
                  id
                  x_mitre_id
                }
                ... on Vulnerability {
                  id
                }
              }
            }
          }
        }
      }
      ... on Incident {
        relations: stixCoreRelationships(toTypes: ["Attack-Pattern", "Vulnerability"], first: 500) {
          edges {
            node {
              relationship_type
              to {
                ... on AttackPattern {
                  id
                  x_mitre_id
                }
                ... on Vulnerability {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`;

interface Testable {
  id?: string;
  x_mitre_id?: string | null;
}
const eligible = (entity: Testable | null | undefined): entity is { id: string } =>
  !!entity?.id && (entity.x_mitre_id === undefined || !!entity.x_mitre_id?.trim());

/**
 * Says when the covered entity changed since the last assessment (entities added that the results did not test,
 * or tested entities removed from it) and offers to ask OpenAEV again. Automated coverages with a result only.
 */
export function DriftNotice({
  coverage: key,
  tested,
  onRetry,
}: {
  coverage: DriftNotice_coverage$key;
  /** Ids of the attack patterns and vulnerabilities the results tested. */
  tested: readonly string[];
  onRetry: () => void;
}) {
  const data = useFragment(fragment, key);
  const t = useT();
  const covered = data.objectCovered;
  if (!covered || data.auto_enrichment_disable || !data.coverage_last_result) return null;
  const held = covered.testables
    ? covered.testables.edges?.map((edge) => edge?.node)
    : covered.relations?.edges
        ?.filter((edge) => ['uses', 'targets'].includes(edge?.node.relationship_type ?? ''))
        .map((edge) => edge?.node.to);
  const heldEntities = (held ?? []).filter(isPresent);
  const drift = assessDrift({
    eligible: heldEntities.filter(eligible).map((entity) => entity.id),
    held: heldEntities.map((entity) => entity.id).filter(isPresent),
    tested,
  });
  if (!hasDrift(drift)) return null;
  const type = t(`entity.${covered.entity_type}` as MessageKey).toLocaleLowerCase();
  return (
    <Alert
      severity="warning"
      role="status"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('enrichment.drift.retry')}
        </Button>
      }
    >
      <AlertTitle>{t('enrichment.drift.title', { type })}</AlertTitle>
      {[
        drift.untested.length > 0
          ? t('enrichment.drift.untested', { count: drift.untested.length })
          : null,
        drift.removed.length > 0
          ? t('enrichment.drift.removed', { count: drift.removed.length })
          : null,
      ]
        .filter(isPresent)
        .join(' ')}
    </Alert>
  );
}
