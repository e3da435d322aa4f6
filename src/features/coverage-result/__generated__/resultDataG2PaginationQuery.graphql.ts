/**
 * @generated SignedSource<<e7a7f4ada835b07e2c118365349fb135>>
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
export type resultDataG2PaginationQuery$variables = {
  count?: number | null | undefined;
  cursor?: string | null | undefined;
  filters?: FilterGroup | null | undefined;
  id: string;
  orderBy?: StixCoreRelationshipsOrdering | null | undefined;
  orderMode?: OrderingMode | null | undefined;
  search?: string | null | undefined;
};
export type resultDataG2PaginationQuery$data = {
  readonly " $fragmentSpreads": FragmentRefs<"resultData_g2Rows">;
};
export type resultDataG2PaginationQuery = {
  response: resultDataG2PaginationQuery$data;
  variables: resultDataG2PaginationQuery$variables;
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
],
v11 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "Campaign",
  "abstractKey": null
},
v12 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "CaseIncident",
  "abstractKey": null
},
v13 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "Creator",
  "abstractKey": null
},
v14 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "Grouping",
  "abstractKey": null
},
v15 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "Incident",
  "abstractKey": null
},
v16 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "Individual",
  "abstractKey": null
},
v17 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "IntrusionSet",
  "abstractKey": null
},
v18 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "KillChainPhase",
  "abstractKey": null
},
v19 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "Label",
  "abstractKey": null
},
v20 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "MarkingDefinition",
  "abstractKey": null
},
v21 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "Organization",
  "abstractKey": null
},
v22 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "Report",
  "abstractKey": null
},
v23 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "SecurityCoverage",
  "abstractKey": null
},
v24 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "SecurityPlatform",
  "abstractKey": null
},
v25 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "StixCoreRelationship",
  "abstractKey": null
},
v26 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "StixRefRelationship",
  "abstractKey": null
},
v27 = {
  "kind": "InlineFragment",
  "selections": (v10/*:: as any*/),
  "type": "Vulnerability",
  "abstractKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "resultDataG2PaginationQuery",
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
        "name": "resultData_g2Rows"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "resultDataG2PaginationQuery",
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
            "name": "stixCoreRelationshipsFromResults",
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
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "from",
                        "plural": false,
                        "selections": [
                          (v8/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v9/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "kind": "ScalarField",
                                "name": "external_uri",
                                "storageKey": null
                              },
                              (v6/*:: as any*/)
                            ],
                            "type": "SecurityCoverageResult",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "AttackPattern",
                            "abstractKey": null
                          },
                          (v11/*:: as any*/),
                          (v12/*:: as any*/),
                          (v13/*:: as any*/),
                          (v14/*:: as any*/),
                          (v15/*:: as any*/),
                          (v16/*:: as any*/),
                          (v17/*:: as any*/),
                          (v18/*:: as any*/),
                          (v19/*:: as any*/),
                          (v20/*:: as any*/),
                          (v21/*:: as any*/),
                          (v22/*:: as any*/),
                          (v23/*:: as any*/),
                          (v24/*:: as any*/),
                          (v25/*:: as any*/),
                          (v26/*:: as any*/),
                          (v27/*:: as any*/)
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
                          (v11/*:: as any*/),
                          (v12/*:: as any*/),
                          (v13/*:: as any*/),
                          (v14/*:: as any*/),
                          (v15/*:: as any*/),
                          (v16/*:: as any*/),
                          (v17/*:: as any*/),
                          (v18/*:: as any*/),
                          (v19/*:: as any*/),
                          (v20/*:: as any*/),
                          (v21/*:: as any*/),
                          (v22/*:: as any*/),
                          (v23/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": (v10/*:: as any*/),
                            "type": "SecurityCoverageResult",
                            "abstractKey": null
                          },
                          (v24/*:: as any*/),
                          (v25/*:: as any*/),
                          (v26/*:: as any*/),
                          (v27/*:: as any*/)
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
            "key": "resultData_g2_stixCoreRelationshipsFromResults",
            "kind": "LinkedHandle",
            "name": "stixCoreRelationshipsFromResults"
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
    "cacheID": "e585fb387e0c179190c1178c39b0abcd",
    "id": null,
    "metadata": {},
    "name": "resultDataG2PaginationQuery",
    "operationKind": "query",
    "text": "query resultDataG2PaginationQuery(\n  $count: Int = 100\n  $cursor: ID\n  $filters: FilterGroup\n  $id: String!\n  $orderBy: StixCoreRelationshipsOrdering = created_at\n  $orderMode: OrderingMode = desc\n  $search: String\n) {\n  ...resultData_g2Rows_2AaGI4\n}\n\nfragment ResultRow_relationship on StixCoreRelationship {\n  id\n  updated_at\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  to {\n    __typename\n    ... on StixCoreObject {\n      __isStixCoreObject: __typename\n      id\n      entity_type\n      representative {\n        main\n      }\n      objectLabel {\n        id\n        value\n        color\n      }\n      objectMarking {\n        id\n        definition\n        x_opencti_color\n      }\n    }\n    ... on AttackPattern {\n      name\n      x_mitre_id\n      id\n    }\n    ... on Campaign {\n      id\n    }\n    ... on CaseIncident {\n      id\n    }\n    ... on Creator {\n      id\n    }\n    ... on Grouping {\n      id\n    }\n    ... on Incident {\n      id\n    }\n    ... on Individual {\n      id\n    }\n    ... on IntrusionSet {\n      id\n    }\n    ... on KillChainPhase {\n      id\n    }\n    ... on Label {\n      id\n    }\n    ... on MarkingDefinition {\n      id\n    }\n    ... on Organization {\n      id\n    }\n    ... on Report {\n      id\n    }\n    ... on SecurityCoverage {\n      id\n    }\n    ... on SecurityCoverageResult {\n      id\n    }\n    ... on SecurityPlatform {\n      id\n    }\n    ... on StixCoreRelationship {\n      id\n    }\n    ... on StixRefRelationship {\n      id\n    }\n    ... on Vulnerability {\n      id\n    }\n  }\n}\n\nfragment resultData_g2Rows_2AaGI4 on Query {\n  securityCoverage(id: $id) {\n    id\n    stixCoreRelationshipsFromResults(first: $count, after: $cursor, relationship_type: \"has-covered\", search: $search, orderBy: $orderBy, orderMode: $orderMode, filters: $filters) {\n      pageInfo {\n        globalCount\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          coverage_information {\n            coverage_score\n          }\n          from {\n            __typename\n            ... on SecurityCoverageResult {\n              name\n              external_uri\n              id\n            }\n            ... on AttackPattern {\n              id\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          ...ResultRow_relationship\n          __typename\n        }\n        cursor\n      }\n    }\n  }\n  ...resultData_vocabulary\n}\n\nfragment resultData_vocabulary on Query {\n  vocabularies(category: coverage_ov) {\n    edges {\n      node {\n        name\n        order\n        id\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b833397f547e4759b76798523afcbeda";

export default node;
