import { graphql, useFragment } from 'react-relay';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/useT';
import { ContainedTestables } from './ContainedTestables';
import { RelatedTestables } from './RelatedTestables';
import type { CoveredEntityTestables_entity$key } from './__generated__/CoveredEntityTestables_entity.graphql';

// Without a Node interface a nested list cannot be paginated: each list fetches one generous first page (500) and
// says "showing N of M" when the server holds more.
const fragment = graphql`
  fragment CoveredEntityTestables_entity on StixCoreObject {
    ...ContainedTestables_container @alias(as: "container")
    ...RelatedTestables_entity
  }
`;

/**
 * What an automated coverage can test in the entity: the attack patterns and vulnerabilities a container holds, or
 * those a campaign, intrusion set or incident uses and targets.
 */
export function CoveredEntityTestables({ entity }: { entity: CoveredEntityTestables_entity$key }) {
  const data = useFragment(fragment, entity);
  const t = useT();
  // OpenCTI's containers (Report, Grouping, Case-Incident) hold what they are about; the other coverable types
  // relate to it with `uses` and `targets`.
  const container = data.container;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="entity-testables" sx={{ p: 2 }}>
      <Typography id="entity-testables" variant="h2" sx={{ mb: 1 }}>
        {t('entities.testables.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {t(container ? 'entities.testables.intro.container' : 'entities.testables.intro.related')}
      </Typography>
      {container ? (
        <ContainedTestables container={container} />
      ) : (
        <RelatedTestables entity={data} />
      )}
    </Paper>
  );
}
