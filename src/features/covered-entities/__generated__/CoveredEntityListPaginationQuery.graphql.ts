/**
 * @generated SignedSource<<78c23f33890b53d4b27b07019e11d319>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type OrderingMode = "asc" | "desc" | "%future added value";
export type StixCoreObjectsOrdering = "_score" | "authorized_members_activation_date" | "created" | "createdBy" | "created_at" | "creator" | "entity_type" | "first_seen" | "indicator_pattern" | "last_seen" | "modified" | "name" | "objectMarking" | "observable_value" | "opinions_metrics_max" | "opinions_metrics_mean" | "opinions_metrics_min" | "opinions_metrics_total" | "published" | "start_time" | "stop_time" | "subject" | "updated_at" | "valid_from" | "valid_until" | "value" | "x_opencti_workflow_id" | "%future added value";
export type CoveredEntityListPaginationQuery$variables = {
  count?: number | null | undefined;
  cursor?: string | null | undefined;
  orderBy?: StixCoreObjectsOrdering | null | undefined;
  orderMode?: OrderingMode | null | undefined;
  search?: string | null | undefined;
  types?: ReadonlyArray<string | null | undefined> | null | undefined;
};
export type CoveredEntityListPaginationQuery$data = {
  readonly " $fragmentSpreads": FragmentRefs<"CoveredEntityList_query">;
};
export type CoveredEntityListPaginationQuery = {
  response: CoveredEntityListPaginationQuery$data;
  variables: CoveredEntityListPaginationQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": 25,
    "kind": "LocalArgument",
    "name": "count"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "cursor"
  },
  {
    "defaultValue": "created",
    "kind": "LocalArgument",
    "name": "orderBy"
  },
  {
    "defaultValue": "desc",
    "kind": "LocalArgument",
    "name": "orderMode"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "search"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "types"
  }
],
v1 = {
  "kind": "Variable",
  "name": "orderBy",
  "variableName": "orderBy"
},
v2 = {
  "kind": "Variable",
  "name": "orderMode",
  "variableName": "orderMode"
},
v3 = {
  "kind": "Variable",
  "name": "search",
  "variableName": "search"
},
v4 = {
  "kind": "Variable",
  "name": "types",
  "variableName": "types"
},
v5 = [
  {
    "kind": "Variable",
    "name": "after",
    "variableName": "cursor"
  },
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "count"
  },
  (v1/*:: as any*/),
  (v2/*:: as any*/),
  (v3/*:: as any*/),
  (v4/*:: as any*/)
],
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v9 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "SecurityCoverage",
    "kind": "LinkedField",
    "name": "securityCoverage",
    "plural": false,
    "selections": [
      (v7/*:: as any*/),
      (v8/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "concreteType": "CoverageResult",
        "kind": "LinkedField",
        "name": "coverage_information",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "coverage_name",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "coverage_score",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "CoveredEntityListPaginationQuery",
    "selections": [
      {
        "args": [
          {
            "kind": "Variable",
            "name": "count",
            "variableName": "count"
          },
          {
            "kind": "Variable",
            "name": "cursor",
            "variableName": "cursor"
          },
          (v1/*:: as any*/),
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/)
        ],
        "kind": "FragmentSpread",
        "name": "CoveredEntityList_query"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CoveredEntityListPaginationQuery",
    "selections": [
      {
        "alias": null,
        "args": (v5/*:: as any*/),
        "concreteType": "StixCoreObjectConnection",
        "kind": "LinkedField",
        "name": "stixCoreObjects",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "PageInfo",
            "kind": "LinkedField",
            "name": "pageInfo",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "globalCount",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "endCursor",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "hasNextPage",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "StixCoreObjectEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v6/*:: as any*/),
                  (v7/*:: as any*/),
                  {
                    "kind": "TypeDiscriminator",
                    "abstractKey": "__isStixCoreObject"
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "entity_type",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Representative",
                    "kind": "LinkedField",
                    "name": "representative",
                    "plural": false,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "main",
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "createdBy",
                    "plural": false,
                    "selections": [
                      (v6/*:: as any*/),
                      (v8/*:: as any*/),
                      (v7/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Label",
                    "kind": "LinkedField",
                    "name": "objectLabel",
                    "plural": true,
                    "selections": [
                      (v7/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "value",
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "color",
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "MarkingDefinition",
                    "kind": "LinkedField",
                    "name": "objectMarking",
                    "plural": true,
                    "selections": [
                      (v7/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "definition",
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "x_opencti_color",
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "created",
                        "storageKey": null
                      }
                    ],
                    "type": "StixDomainObject",
                    "abstractKey": "__isStixDomainObject"
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v9/*:: as any*/),
                    "type": "Report",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v9/*:: as any*/),
                    "type": "Grouping",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v9/*:: as any*/),
                    "type": "Campaign",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v9/*:: as any*/),
                    "type": "IntrusionSet",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v9/*:: as any*/),
                    "type": "Incident",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v9/*:: as any*/),
                    "type": "CaseIncident",
                    "abstractKey": null
                  }
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "cursor",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": (v5/*:: as any*/),
        "filters": [
          "types",
          "search",
          "orderBy",
          "orderMode"
        ],
        "handle": "connection",
        "key": "CoveredEntityList_stixCoreObjects",
        "kind": "LinkedHandle",
        "name": "stixCoreObjects"
      }
    ]
  },
  "params": {
    "cacheID": "b2687a2bb98ffb9edae88cdfa54ce75b",
    "id": null,
    "metadata": {},
    "name": "CoveredEntityListPaginationQuery",
    "operationKind": "query",
    "text": "query CoveredEntityListPaginationQuery(\n  $count: Int = 25\n  $cursor: ID\n  $orderBy: StixCoreObjectsOrdering = created\n  $orderMode: OrderingMode = desc\n  $search: String\n  $types: [String]\n) {\n  ...CoveredEntityList_query_J0MfC\n}\n\nfragment CoveredEntityList_query_J0MfC on Query {\n  stixCoreObjects(types: $types, search: $search, first: $count, after: $cursor, orderBy: $orderBy, orderMode: $orderMode) {\n    pageInfo {\n      globalCount\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        __typename\n        id\n        ...CoveredEntityRow_entity\n      }\n      cursor\n    }\n  }\n}\n\nfragment CoveredEntityRow_entity on StixCoreObject {\n  __isStixCoreObject: __typename\n  id\n  entity_type\n  representative {\n    main\n  }\n  createdBy {\n    __typename\n    name\n    id\n  }\n  objectLabel {\n    id\n    value\n    color\n  }\n  objectMarking {\n    id\n    definition\n    x_opencti_color\n  }\n  ... on StixDomainObject {\n    __isStixDomainObject: __typename\n    created\n  }\n  ...EntityCoverageLink_entity\n}\n\nfragment EntityCoverageLink_coverage_104tky on SecurityCoverage {\n  id\n  name\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n}\n\nfragment EntityCoverageLink_entity on StixCoreObject {\n  __isStixCoreObject: __typename\n  ... on Report {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_104tky\n      id\n    }\n  }\n  ... on Grouping {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_104tky\n      id\n    }\n  }\n  ... on Campaign {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_104tky\n      id\n    }\n  }\n  ... on IntrusionSet {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_104tky\n      id\n    }\n  }\n  ... on Incident {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_104tky\n      id\n    }\n  }\n  ... on CaseIncident {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_104tky\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "89b0bd40c746c496c825f5d063a343ed";

export default node;
