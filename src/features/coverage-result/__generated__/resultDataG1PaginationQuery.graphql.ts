/**
 * @generated SignedSource<<b93ca064a1558e5e0f51b7c13fa6d91e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
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
export type resultDataG1PaginationQuery$variables = {
  count?: number | null | undefined;
  cursor?: string | null | undefined;
  filters?: FilterGroup | null | undefined;
  id: string;
  orderBy?: StixCoreRelationshipsOrdering | null | undefined;
  orderMode?: OrderingMode | null | undefined;
  search?: string | null | undefined;
};
export type resultDataG1PaginationQuery$data = {
  readonly " $fragmentSpreads": FragmentRefs<"resultData_g1Rows">;
};
export type resultDataG1PaginationQuery = {
  response: resultDataG1PaginationQuery$data;
  variables: resultDataG1PaginationQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": 100,
    "kind": "LocalArgument",
    "name": "count"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "cursor"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "filters"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  },
  {
    "defaultValue": "created_at",
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
  }
],
v1 = {
  "kind": "Variable",
  "name": "filters",
  "variableName": "filters"
},
v2 = {
  "kind": "Variable",
  "name": "id",
  "variableName": "id"
},
v3 = {
  "kind": "Variable",
  "name": "orderBy",
  "variableName": "orderBy"
},
v4 = {
  "kind": "Variable",
  "name": "orderMode",
  "variableName": "orderMode"
},
v5 = {
  "kind": "Variable",
  "name": "search",
  "variableName": "search"
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v7 = [
  {
    "kind": "Variable",
    "name": "after",
    "variableName": "cursor"
  },
  (v1/*:: as any*/),
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "count"
  },
  (v3/*:: as any*/),
  (v4/*:: as any*/),
  {
    "kind": "Literal",
    "name": "relationship_type",
    "value": "has-covered"
  },
  (v5/*:: as any*/)
],
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v10 = [
  (v6/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "resultDataG1PaginationQuery",
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
          (v4/*:: as any*/),
          (v5/*:: as any*/)
        ],
        "kind": "FragmentSpread",
        "name": "resultData_g1Rows"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "resultDataG1PaginationQuery",
    "selections": [
      {
        "alias": null,
        "args": [
          (v2/*:: as any*/)
        ],
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          (v6/*:: as any*/),
          {
            "alias": null,
            "args": (v7/*:: as any*/),
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationships",
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
                      (v6/*:: as any*/),
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
                            "name": "coverage_score",
                            "storageKey": null
                          },
                          {
                            "alias": null,
                            "args": null,
                            "kind": "ScalarField",
                            "name": "coverage_name",
                            "storageKey": null
                          }
                        ],
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "updated_at",
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "to",
                        "plural": false,
                        "selections": [
                          (v8/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v6/*:: as any*/),
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
                                  (v6/*:: as any*/),
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
                                  (v6/*:: as any*/),
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
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v9/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "kind": "ScalarField",
                                "name": "x_mitre_id",
                                "storageKey": null
                              },
                              (v6/*:: as any*/)
                            ],
                            "type": "AttackPattern",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "Campaign",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "CaseIncident",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "Creator",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "Grouping",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "Incident",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "Individual",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "IntrusionSet",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "KillChainPhase",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "Label",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "MarkingDefinition",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "Organization",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "Report",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "SecurityCoverage",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "SecurityCoverageResult",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "SecurityPlatform",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "StixCoreRelationship",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "StixRefRelationship",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "Vulnerability",
                            "abstractKey": null
                          }
                        ],
                        "storageKey": null
                      },
                      (v8/*:: as any*/)
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
            "args": (v7/*:: as any*/),
            "filters": [
              "relationship_type",
              "search",
              "orderBy",
              "orderMode",
              "filters"
            ],
            "handle": "connection",
            "key": "resultData_g1_stixCoreRelationships",
            "kind": "LinkedHandle",
            "name": "stixCoreRelationships"
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": [
          {
            "kind": "Literal",
            "name": "category",
            "value": "coverage_ov"
          }
        ],
        "concreteType": "VocabularyConnection",
        "kind": "LinkedField",
        "name": "vocabularies",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "VocabularyEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Vocabulary",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v9/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "order",
                    "storageKey": null
                  },
                  (v6/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "vocabularies(category:\"coverage_ov\")"
      }
    ]
  },
  "params": {
    "cacheID": "75c34c3f2a8fb6f8a748ab10d72063f2",
    "id": null,
    "metadata": {},
    "name": "resultDataG1PaginationQuery",
    "operationKind": "query",
    "text": "query resultDataG1PaginationQuery(\n  $count: Int = 100\n  $cursor: ID\n  $filters: FilterGroup\n  $id: String!\n  $orderBy: StixCoreRelationshipsOrdering = created_at\n  $orderMode: OrderingMode = desc\n  $search: String\n) {\n  ...resultData_g1Rows_2AaGI4\n}\n\nfragment ResultRow_relationship on StixCoreRelationship {\n  id\n  updated_at\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  to {\n    __typename\n    ... on StixCoreObject {\n      __isStixCoreObject: __typename\n      id\n      entity_type\n      representative {\n        main\n      }\n      objectLabel {\n        id\n        value\n        color\n      }\n      objectMarking {\n        id\n        definition\n        x_opencti_color\n      }\n    }\n    ... on AttackPattern {\n      name\n      x_mitre_id\n      id\n    }\n    ... on Campaign {\n      id\n    }\n    ... on CaseIncident {\n      id\n    }\n    ... on Creator {\n      id\n    }\n    ... on Grouping {\n      id\n    }\n    ... on Incident {\n      id\n    }\n    ... on Individual {\n      id\n    }\n    ... on IntrusionSet {\n      id\n    }\n    ... on KillChainPhase {\n      id\n    }\n    ... on Label {\n      id\n    }\n    ... on MarkingDefinition {\n      id\n    }\n    ... on Organization {\n      id\n    }\n    ... on Report {\n      id\n    }\n    ... on SecurityCoverage {\n      id\n    }\n    ... on SecurityCoverageResult {\n      id\n    }\n    ... on SecurityPlatform {\n      id\n    }\n    ... on StixCoreRelationship {\n      id\n    }\n    ... on StixRefRelationship {\n      id\n    }\n    ... on Vulnerability {\n      id\n    }\n  }\n}\n\nfragment resultData_g1Rows_2AaGI4 on Query {\n  securityCoverage(id: $id) {\n    id\n    stixCoreRelationships(first: $count, after: $cursor, relationship_type: \"has-covered\", search: $search, orderBy: $orderBy, orderMode: $orderMode, filters: $filters) {\n      pageInfo {\n        globalCount\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          coverage_information {\n            coverage_score\n          }\n          ...ResultRow_relationship\n          __typename\n        }\n        cursor\n      }\n    }\n  }\n  ...resultData_vocabulary\n}\n\nfragment resultData_vocabulary on Query {\n  vocabularies(category: coverage_ov) {\n    edges {\n      node {\n        name\n        order\n        id\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "c3bd396ebeac7ac4ee68745cf57ade43";

export default node;
