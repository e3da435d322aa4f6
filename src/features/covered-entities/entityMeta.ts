import { graphql } from 'react-relay';

/**
 * What the entity list row and the details panel both show of an entity (author, labels, markings, creation date):
 * spread unmasked (`@relay(mask: false)`) into their own fragments.
 */
export const entityMetaFragment = graphql`
  fragment entityMeta_entity on StixCoreObject {
    createdBy {
      name
    }
    objectLabel {
      id
      value
      color
    }
    objectMarking {
      id
      definition
      x_opencti_color
    }
    ... on StixDomainObject {
      created
    }
  }
`;
