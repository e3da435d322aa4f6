/**
 * @generated SignedSource<<3a4c0b08de1d2aee7bd25e19f80066dd>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type FilterMode = "and" | "or" | "%future added value";
export type FilterOperator = "contains" | "ends_with" | "eq" | "gt" | "gte" | "has_changed" | "lt" | "lte" | "match" | "nil" | "not_contains" | "not_ends_with" | "not_eq" | "not_has_changed" | "not_nil" | "not_only_eq_to" | "not_starts_with" | "only_eq_to" | "script" | "search" | "starts_with" | "wildcard" | "within" | "%future added value";
export type OrderingMode = "asc" | "desc" | "%future added value";
export type StixCoreRelationshipsOrdering = "_score" | "confidence" | "created" | "createdBy" | "created_at" | "creator" | "entity_type" | "killChainPhase" | "modified" | "objectLabel" | "objectMarking" | "relationship_type" | "start_time" | "stop_time" | "toName" | "toObservableValue" | "toPatternType" | "toValidFrom" | "toValidUntil" | "updated_at" | "x_opencti_workflow_id" | "%future added value";
export type FilterGroup = {
  filterGroups: ReadonlyArray<FilterGroup>;
  filters: ReadonlyArray<Filter>;
  mode: FilterMode;
};
export type Filter = {
  key: ReadonlyArray<string>;
  mode?: FilterMode | null | undefined;
  operator?: FilterOperator | null | undefined;
  values: ReadonlyArray<unknown>;
};
export type exportResultsG1Query$variables = {
  after?: string | null | undefined;
  filters?: FilterGroup | null | undefined;
  first: number;
  id: string;
  orderBy?: StixCoreRelationshipsOrdering | null | undefined;
  orderMode?: OrderingMode | null | undefined;
  search?: string | null | undefined;
};
export type exportResultsG1Query$data = {
  readonly securityCoverage: {
    readonly stixCoreRelationships: {
      readonly edges: ReadonlyArray<{
        readonly node: {
          readonly coverage_information: ReadonlyArray<{
            readonly coverage_name: string;
            readonly coverage_score: number;
          }> | null | undefined;
          readonly id: string;
          readonly to: {
            readonly entity_type?: string;
            readonly id?: string;
            readonly name?: string;
            readonly objectLabel?: ReadonlyArray<{
              readonly color: string | null | undefined;
              readonly id: string;
              readonly value: string | null | undefined;
            }> | null | undefined;
            readonly objectMarking?: ReadonlyArray<{
              readonly definition: string | null | undefined;
              readonly id: string;
              readonly x_opencti_color: string | null | undefined;
            }> | null | undefined;
            readonly representative?: {
              readonly main: string;
            };
            readonly x_mitre_id?: string | null | undefined;
          } | null | undefined;
          readonly updated_at: string;
        };
      }>;
      readonly pageInfo: {
        readonly endCursor: string;
        readonly globalCount: number;
        readonly hasNextPage: boolean;
      };
    } | null | undefined;
  } | null | undefined;
};
export type exportResultsG1Query = {
  response: exportResultsG1Query$data;
  variables: exportResultsG1Query$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "after"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "filters"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "first"
},
v3 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "id"
},
v4 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "orderBy"
},
v5 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "orderMode"
},
v6 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "search"
},
v7 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v8 = [
  {
    "kind": "Variable",
    "name": "after",
    "variableName": "after"
  },
  {
    "kind": "Variable",
    "name": "filters",
    "variableName": "filters"
  },
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "first"
  },
  {
    "kind": "Variable",
    "name": "orderBy",
    "variableName": "orderBy"
  },
  {
    "kind": "Variable",
    "name": "orderMode",
    "variableName": "orderMode"
  },
  {
    "kind": "Literal",
    "name": "relationship_type",
    "value": "has-covered"
  },
  {
    "kind": "Variable",
    "name": "search",
    "variableName": "search"
  }
],
v9 = {
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
      "name": "hasNextPage",
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
      "name": "globalCount",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "updated_at",
  "storageKey": null
},
v12 = {
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
},
v13 = {
  "kind": "InlineFragment",
  "selections": [
    (v10/*:: as any*/),
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
      "concreteType": "Label",
      "kind": "LinkedField",
      "name": "objectLabel",
      "plural": true,
      "selections": [
        (v10/*:: as any*/),
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
        (v10/*:: as any*/),
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
    }
  ],
  "type": "StixCoreObject",
  "abstractKey": "__isStixCoreObject"
},
v14 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "x_mitre_id",
  "storageKey": null
},
v16 = [
  (v10/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/),
      (v3/*:: as any*/),
      (v4/*:: as any*/),
      (v5/*:: as any*/),
      (v6/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "exportResultsG1Query",
    "selections": [
      {
        "alias": null,
        "args": (v7/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": (v8/*:: as any*/),
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationships",
            "plural": false,
            "selections": [
              (v9/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "StixCoreRelationshipEdge",
                "kind": "LinkedField",
                "name": "edges",
                "plural": true,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "StixCoreRelationship",
                    "kind": "LinkedField",
                    "name": "node",
                    "plural": false,
                    "selections": [
                      (v10/*:: as any*/),
                      (v11/*:: as any*/),
                      (v12/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "to",
                        "plural": false,
                        "selections": [
                          (v13/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v14/*:: as any*/),
                              (v15/*:: as any*/)
                            ],
                            "type": "AttackPattern",
                            "abstractKey": null
                          }
                        ],
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v3/*:: as any*/),
      (v2/*:: as any*/),
      (v0/*:: as any*/),
      (v6/*:: as any*/),
      (v4/*:: as any*/),
      (v5/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "exportResultsG1Query",
    "selections": [
      {
        "alias": null,
        "args": (v7/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": (v8/*:: as any*/),
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationships",
            "plural": false,
            "selections": [
              (v9/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "StixCoreRelationshipEdge",
                "kind": "LinkedField",
                "name": "edges",
                "plural": true,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "StixCoreRelationship",
                    "kind": "LinkedField",
                    "name": "node",
                    "plural": false,
                    "selections": [
                      (v10/*:: as any*/),
                      (v11/*:: as any*/),
                      (v12/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "to",
                        "plural": false,
                        "selections": [
                          {
                            "alias": null,
                            "args": null,
                            "kind": "ScalarField",
                            "name": "__typename",
                            "storageKey": null
                          },
                          (v13/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v14/*:: as any*/),
                              (v15/*:: as any*/),
                              (v10/*:: as any*/)
                            ],
                            "type": "AttackPattern",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "Campaign",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "CaseIncident",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "Creator",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "Grouping",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "Incident",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "Individual",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "IntrusionSet",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "KillChainPhase",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "Label",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "MarkingDefinition",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "Organization",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "Report",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "SecurityCoverage",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "SecurityCoverageResult",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "SecurityPlatform",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "StixCoreRelationship",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "StixRefRelationship",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v16/*:: as any*/),
                            "type": "Vulnerability",
                            "abstractKey": null
                          }
                        ],
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v10/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "6f5250437a7605dda9eee0810a93bcc2",
    "id": null,
    "metadata": {},
    "name": "exportResultsG1Query",
    "operationKind": "query",
    "text": "query exportResultsG1Query(\n  $id: String!\n  $first: Int!\n  $after: ID\n  $search: String\n  $orderBy: StixCoreRelationshipsOrdering\n  $orderMode: OrderingMode\n  $filters: FilterGroup\n) {\n  securityCoverage(id: $id) {\n    stixCoreRelationships(first: $first, after: $after, relationship_type: \"has-covered\", search: $search, orderBy: $orderBy, orderMode: $orderMode, filters: $filters) {\n      pageInfo {\n        hasNextPage\n        endCursor\n        globalCount\n      }\n      edges {\n        node {\n          id\n          updated_at\n          coverage_information {\n            coverage_name\n            coverage_score\n          }\n          to {\n            __typename\n            ... on StixCoreObject {\n              __isStixCoreObject: __typename\n              id\n              entity_type\n              representative {\n                main\n              }\n              objectLabel {\n                id\n                value\n                color\n              }\n              objectMarking {\n                id\n                definition\n                x_opencti_color\n              }\n            }\n            ... on AttackPattern {\n              name\n              x_mitre_id\n              id\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n        }\n      }\n    }\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "f9f051ca4c3d4255883a117c47aec61e";

export default node;
