/**
 * @generated SignedSource<<28481167ba2d029d85182e04d803818e>>
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
export type CoverageResultRouteG1Query$variables = {
  count: number;
  filters?: FilterGroup | null | undefined;
  id: string;
  orderBy?: StixCoreRelationshipsOrdering | null | undefined;
  orderMode?: OrderingMode | null | undefined;
  search?: string | null | undefined;
};
export type CoverageResultRouteG1Query$data = {
  readonly securityCoverage: {
    readonly id: string;
    readonly " $fragmentSpreads": FragmentRefs<"CoverageResult_coverage" | "resultData_g1Coverage">;
  } | null | undefined;
  readonly " $fragmentSpreads": FragmentRefs<"resultData_g1Rows">;
};
export type CoverageResultRouteG1Query = {
  response: CoverageResultRouteG1Query$data;
  variables: CoverageResultRouteG1Query$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "count"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "filters"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "id"
},
v3 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "orderBy"
},
v4 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "orderMode"
},
v5 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "search"
},
v6 = {
  "kind": "Variable",
  "name": "id",
  "variableName": "id"
},
v7 = [
  (v6/*:: as any*/)
],
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v9 = {
  "kind": "Variable",
  "name": "filters",
  "variableName": "filters"
},
v10 = {
  "kind": "Variable",
  "name": "orderBy",
  "variableName": "orderBy"
},
v11 = {
  "kind": "Variable",
  "name": "orderMode",
  "variableName": "orderMode"
},
v12 = {
  "kind": "Variable",
  "name": "search",
  "variableName": "search"
},
v13 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_name",
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_score",
  "storageKey": null
},
v16 = {
  "kind": "Literal",
  "name": "first",
  "value": 1
},
v17 = {
  "kind": "Literal",
  "name": "relationship_type",
  "value": "has-covered"
},
v18 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "globalCount",
  "storageKey": null
},
v19 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "PageInfo",
    "kind": "LinkedField",
    "name": "pageInfo",
    "plural": false,
    "selections": [
      (v18/*:: as any*/)
    ],
    "storageKey": null
  }
],
v20 = [
  (v9/*:: as any*/),
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "count"
  },
  (v10/*:: as any*/),
  (v11/*:: as any*/),
  (v17/*:: as any*/),
  (v12/*:: as any*/)
],
v21 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v22 = [
  (v8/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/),
      (v3/*:: as any*/),
      (v4/*:: as any*/),
      (v5/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "CoverageResultRouteG1Query",
    "selections": [
      {
        "alias": null,
        "args": (v7/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          (v8/*:: as any*/),
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "CoverageResult_coverage"
          },
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "resultData_g1Coverage"
          }
        ],
        "storageKey": null
      },
      {
        "args": [
          {
            "kind": "Variable",
            "name": "count",
            "variableName": "count"
          },
          (v9/*:: as any*/),
          (v6/*:: as any*/),
          (v10/*:: as any*/),
          (v11/*:: as any*/),
          (v12/*:: as any*/)
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
    "argumentDefinitions": [
      (v2/*:: as any*/),
      (v0/*:: as any*/),
      (v5/*:: as any*/),
      (v3/*:: as any*/),
      (v4/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "CoverageResultRouteG1Query",
    "selections": [
      {
        "alias": null,
        "args": (v7/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          (v8/*:: as any*/),
          (v13/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "auto_enrichment_disable",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "external_uri",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "CoverageResult",
            "kind": "LinkedField",
            "name": "coverage_information",
            "plural": true,
            "selections": [
              (v14/*:: as any*/),
              (v15/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": "tested",
            "args": [
              (v16/*:: as any*/),
              (v17/*:: as any*/)
            ],
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationships",
            "plural": false,
            "selections": (v19/*:: as any*/),
            "storageKey": "stixCoreRelationships(first:1,relationship_type:\"has-covered\")"
          },
          {
            "alias": "placeholders",
            "args": [
              {
                "kind": "Literal",
                "name": "filters",
                "value": {
                  "filterGroups": [],
                  "filters": [
                    {
                      "key": [
                        "coverage_information"
                      ],
                      "operator": "nil",
                      "values": []
                    }
                  ],
                  "mode": "and"
                }
              },
              (v16/*:: as any*/),
              (v17/*:: as any*/)
            ],
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationships",
            "plural": false,
            "selections": (v19/*:: as any*/),
            "storageKey": "stixCoreRelationships(filters:{\"filterGroups\":[],\"filters\":[{\"key\":[\"coverage_information\"],\"operator\":\"nil\",\"values\":[]}],\"mode\":\"and\"},first:1,relationship_type:\"has-covered\")"
          },
          {
            "alias": "attackPatterns",
            "args": [
              (v16/*:: as any*/),
              (v17/*:: as any*/),
              {
                "kind": "Literal",
                "name": "toTypes",
                "value": [
                  "Attack-Pattern"
                ]
              }
            ],
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationships",
            "plural": false,
            "selections": (v19/*:: as any*/),
            "storageKey": "stixCoreRelationships(first:1,relationship_type:\"has-covered\",toTypes:[\"Attack-Pattern\"])"
          },
          {
            "alias": "vulnerabilities",
            "args": [
              (v16/*:: as any*/),
              (v17/*:: as any*/),
              {
                "kind": "Literal",
                "name": "toTypes",
                "value": [
                  "Vulnerability"
                ]
              }
            ],
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationships",
            "plural": false,
            "selections": (v19/*:: as any*/),
            "storageKey": "stixCoreRelationships(first:1,relationship_type:\"has-covered\",toTypes:[\"Vulnerability\"])"
          },
          {
            "alias": "platforms",
            "args": [
              (v16/*:: as any*/),
              (v17/*:: as any*/),
              {
                "kind": "Literal",
                "name": "toTypes",
                "value": [
                  "SecurityPlatform"
                ]
              }
            ],
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationships",
            "plural": false,
            "selections": (v19/*:: as any*/),
            "storageKey": "stixCoreRelationships(first:1,relationship_type:\"has-covered\",toTypes:[\"SecurityPlatform\"])"
          },
          {
            "alias": null,
            "args": (v20/*:: as any*/),
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
                  (v18/*:: as any*/),
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
                      (v8/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "CoverageResult",
                        "kind": "LinkedField",
                        "name": "coverage_information",
                        "plural": true,
                        "selections": [
                          (v15/*:: as any*/),
                          (v14/*:: as any*/)
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
                          (v21/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v8/*:: as any*/),
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
                                  (v8/*:: as any*/),
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
                                  (v8/*:: as any*/),
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
                              (v13/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "kind": "ScalarField",
                                "name": "x_mitre_id",
                                "storageKey": null
                              },
                              (v8/*:: as any*/)
                            ],
                            "type": "AttackPattern",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "Campaign",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "CaseIncident",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "Creator",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "Grouping",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "Incident",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "Individual",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "IntrusionSet",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "KillChainPhase",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "Label",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "MarkingDefinition",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "Organization",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "Report",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "SecurityCoverage",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "SecurityCoverageResult",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "SecurityPlatform",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "StixCoreRelationship",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "StixRefRelationship",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v22/*:: as any*/),
                            "type": "Vulnerability",
                            "abstractKey": null
                          }
                        ],
                        "storageKey": null
                      },
                      (v21/*:: as any*/)
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
            "args": (v20/*:: as any*/),
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
                  (v13/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "order",
                    "storageKey": null
                  },
                  (v8/*:: as any*/)
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
    "cacheID": "c7edb50f21c0b4e58e45c709dd3840d2",
    "id": null,
    "metadata": {},
    "name": "CoverageResultRouteG1Query",
    "operationKind": "query",
    "text": "query CoverageResultRouteG1Query(\n  $id: String!\n  $count: Int!\n  $search: String\n  $orderBy: StixCoreRelationshipsOrdering\n  $orderMode: OrderingMode\n  $filters: FilterGroup\n) {\n  securityCoverage(id: $id) {\n    id\n    ...CoverageResult_coverage\n    ...resultData_g1Coverage\n  }\n  ...resultData_g1Rows_3LIjkV\n}\n\nfragment CoverageResult_coverage on SecurityCoverage {\n  id\n  name\n  auto_enrichment_disable\n  ...ResultSummary_coverage\n  ...ExportMenu_coverage\n}\n\nfragment ExportMenu_coverage on SecurityCoverage {\n  id\n  name\n  auto_enrichment_disable\n  external_uri\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n}\n\nfragment ResultRow_relationship on StixCoreRelationship {\n  id\n  updated_at\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  to {\n    __typename\n    ... on StixCoreObject {\n      __isStixCoreObject: __typename\n      id\n      entity_type\n      representative {\n        main\n      }\n      objectLabel {\n        id\n        value\n        color\n      }\n      objectMarking {\n        id\n        definition\n        x_opencti_color\n      }\n    }\n    ... on AttackPattern {\n      name\n      x_mitre_id\n      id\n    }\n    ... on Campaign {\n      id\n    }\n    ... on CaseIncident {\n      id\n    }\n    ... on Creator {\n      id\n    }\n    ... on Grouping {\n      id\n    }\n    ... on Incident {\n      id\n    }\n    ... on Individual {\n      id\n    }\n    ... on IntrusionSet {\n      id\n    }\n    ... on KillChainPhase {\n      id\n    }\n    ... on Label {\n      id\n    }\n    ... on MarkingDefinition {\n      id\n    }\n    ... on Organization {\n      id\n    }\n    ... on Report {\n      id\n    }\n    ... on SecurityCoverage {\n      id\n    }\n    ... on SecurityCoverageResult {\n      id\n    }\n    ... on SecurityPlatform {\n      id\n    }\n    ... on StixCoreRelationship {\n      id\n    }\n    ... on StixRefRelationship {\n      id\n    }\n    ... on Vulnerability {\n      id\n    }\n  }\n}\n\nfragment ResultSummary_coverage on SecurityCoverage {\n  auto_enrichment_disable\n}\n\nfragment resultData_g1Coverage on SecurityCoverage {\n  auto_enrichment_disable\n  external_uri\n  tested: stixCoreRelationships(first: 1, relationship_type: \"has-covered\") {\n    pageInfo {\n      globalCount\n    }\n  }\n  placeholders: stixCoreRelationships(first: 1, relationship_type: \"has-covered\", filters: {mode: and, filters: [{key: [\"coverage_information\"], operator: nil, values: []}], filterGroups: []}) {\n    pageInfo {\n      globalCount\n    }\n  }\n  attackPatterns: stixCoreRelationships(first: 1, relationship_type: \"has-covered\", toTypes: [\"Attack-Pattern\"]) {\n    pageInfo {\n      globalCount\n    }\n  }\n  vulnerabilities: stixCoreRelationships(first: 1, relationship_type: \"has-covered\", toTypes: [\"Vulnerability\"]) {\n    pageInfo {\n      globalCount\n    }\n  }\n  platforms: stixCoreRelationships(first: 1, relationship_type: \"has-covered\", toTypes: [\"SecurityPlatform\"]) {\n    pageInfo {\n      globalCount\n    }\n  }\n}\n\nfragment resultData_g1Rows_3LIjkV on Query {\n  securityCoverage(id: $id) {\n    id\n    stixCoreRelationships(first: $count, relationship_type: \"has-covered\", search: $search, orderBy: $orderBy, orderMode: $orderMode, filters: $filters) {\n      pageInfo {\n        globalCount\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          coverage_information {\n            coverage_score\n          }\n          ...ResultRow_relationship\n          __typename\n        }\n        cursor\n      }\n    }\n  }\n  ...resultData_vocabulary\n}\n\nfragment resultData_vocabulary on Query {\n  vocabularies(category: coverage_ov) {\n    edges {\n      node {\n        name\n        order\n        id\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "58bc736d4a0c7b00c0a0b1dd0bf4f9dd";

export default node;
