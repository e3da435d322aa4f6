/**
 * @generated SignedSource<<67521e4c6ae2a785de1e4b506788b3e5>>
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
export type CoverageResultRouteQuery$variables = {
  count: number;
  filters?: FilterGroup | null | undefined;
  id: string;
  orderBy?: StixCoreRelationshipsOrdering | null | undefined;
  orderMode?: OrderingMode | null | undefined;
  search?: string | null | undefined;
};
export type CoverageResultRouteQuery$data = {
  readonly securityCoverage: {
    readonly id: string;
    readonly " $fragmentSpreads": FragmentRefs<"CoverageResult_coverage" | "resultData_g2Coverage">;
  } | null | undefined;
  readonly " $fragmentSpreads": FragmentRefs<"resultData_g2Rows">;
};
export type CoverageResultRouteQuery = {
  response: CoverageResultRouteQuery$data;
  variables: CoverageResultRouteQuery$variables;
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
  "name": "external_uri",
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_name",
  "storageKey": null
},
v16 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_score",
  "storageKey": null
},
v17 = {
  "kind": "Literal",
  "name": "first",
  "value": 1
},
v18 = {
  "kind": "Literal",
  "name": "relationship_type",
  "value": "has-covered"
},
v19 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "globalCount",
  "storageKey": null
},
v20 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "PageInfo",
    "kind": "LinkedField",
    "name": "pageInfo",
    "plural": false,
    "selections": [
      (v19/*:: as any*/)
    ],
    "storageKey": null
  }
],
v21 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "value",
  "storageKey": null
},
v22 = [
  (v9/*:: as any*/),
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "count"
  },
  (v10/*:: as any*/),
  (v11/*:: as any*/),
  (v18/*:: as any*/),
  (v12/*:: as any*/)
],
v23 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v24 = [
  (v8/*:: as any*/)
],
v25 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "Campaign",
  "abstractKey": null
},
v26 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "CaseIncident",
  "abstractKey": null
},
v27 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "Creator",
  "abstractKey": null
},
v28 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "Grouping",
  "abstractKey": null
},
v29 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "Incident",
  "abstractKey": null
},
v30 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "Individual",
  "abstractKey": null
},
v31 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "IntrusionSet",
  "abstractKey": null
},
v32 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "KillChainPhase",
  "abstractKey": null
},
v33 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "Label",
  "abstractKey": null
},
v34 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "MarkingDefinition",
  "abstractKey": null
},
v35 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "Organization",
  "abstractKey": null
},
v36 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "Report",
  "abstractKey": null
},
v37 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "SecurityCoverage",
  "abstractKey": null
},
v38 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "SecurityPlatform",
  "abstractKey": null
},
v39 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "StixCoreRelationship",
  "abstractKey": null
},
v40 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "StixRefRelationship",
  "abstractKey": null
},
v41 = {
  "kind": "InlineFragment",
  "selections": (v24/*:: as any*/),
  "type": "Vulnerability",
  "abstractKey": null
};
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
    "name": "CoverageResultRouteQuery",
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
            "name": "resultData_g2Coverage"
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
        "name": "resultData_g2Rows"
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
    "name": "CoverageResultRouteQuery",
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
          (v14/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "CoverageResult",
            "kind": "LinkedField",
            "name": "coverage_information",
            "plural": true,
            "selections": [
              (v15/*:: as any*/),
              (v16/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": "tested",
            "args": [
              (v17/*:: as any*/),
              (v18/*:: as any*/)
            ],
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationshipsFromResults",
            "plural": false,
            "selections": (v20/*:: as any*/),
            "storageKey": "stixCoreRelationshipsFromResults(first:1,relationship_type:\"has-covered\")"
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
              (v17/*:: as any*/),
              (v18/*:: as any*/)
            ],
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationshipsFromResults",
            "plural": false,
            "selections": (v20/*:: as any*/),
            "storageKey": "stixCoreRelationshipsFromResults(filters:{\"filterGroups\":[],\"filters\":[{\"key\":[\"coverage_information\"],\"operator\":\"nil\",\"values\":[]}],\"mode\":\"and\"},first:1,relationship_type:\"has-covered\")"
          },
          {
            "alias": null,
            "args": [
              {
                "kind": "Literal",
                "name": "field",
                "value": "entity_type"
              },
              {
                "kind": "Literal",
                "name": "operation",
                "value": "count"
              },
              {
                "kind": "Literal",
                "name": "relationship_type",
                "value": [
                  "has-covered"
                ]
              }
            ],
            "concreteType": "Distribution",
            "kind": "LinkedField",
            "name": "coveredEntitiesDistribution",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "label",
                "storageKey": null
              },
              (v21/*:: as any*/)
            ],
            "storageKey": "coveredEntitiesDistribution(field:\"entity_type\",operation:\"count\",relationship_type:[\"has-covered\"])"
          },
          {
            "alias": null,
            "args": (v22/*:: as any*/),
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
                  (v19/*:: as any*/),
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
                          (v16/*:: as any*/),
                          (v15/*:: as any*/)
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
                          (v23/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v13/*:: as any*/),
                              (v14/*:: as any*/),
                              (v8/*:: as any*/)
                            ],
                            "type": "SecurityCoverageResult",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": (v24/*:: as any*/),
                            "type": "AttackPattern",
                            "abstractKey": null
                          },
                          (v25/*:: as any*/),
                          (v26/*:: as any*/),
                          (v27/*:: as any*/),
                          (v28/*:: as any*/),
                          (v29/*:: as any*/),
                          (v30/*:: as any*/),
                          (v31/*:: as any*/),
                          (v32/*:: as any*/),
                          (v33/*:: as any*/),
                          (v34/*:: as any*/),
                          (v35/*:: as any*/),
                          (v36/*:: as any*/),
                          (v37/*:: as any*/),
                          (v38/*:: as any*/),
                          (v39/*:: as any*/),
                          (v40/*:: as any*/),
                          (v41/*:: as any*/)
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
                          (v23/*:: as any*/),
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
                                  (v21/*:: as any*/),
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
                          (v25/*:: as any*/),
                          (v26/*:: as any*/),
                          (v27/*:: as any*/),
                          (v28/*:: as any*/),
                          (v29/*:: as any*/),
                          (v30/*:: as any*/),
                          (v31/*:: as any*/),
                          (v32/*:: as any*/),
                          (v33/*:: as any*/),
                          (v34/*:: as any*/),
                          (v35/*:: as any*/),
                          (v36/*:: as any*/),
                          (v37/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": (v24/*:: as any*/),
                            "type": "SecurityCoverageResult",
                            "abstractKey": null
                          },
                          (v38/*:: as any*/),
                          (v39/*:: as any*/),
                          (v40/*:: as any*/),
                          (v41/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      (v23/*:: as any*/)
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
            "args": (v22/*:: as any*/),
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
    "cacheID": "e3bcf2e5566e026089ccb8f9e0bc4829",
    "id": null,
    "metadata": {},
    "name": "CoverageResultRouteQuery",
    "operationKind": "query",
    "text": "query CoverageResultRouteQuery(\n  $id: String!\n  $count: Int!\n  $search: String\n  $orderBy: StixCoreRelationshipsOrdering\n  $orderMode: OrderingMode\n  $filters: FilterGroup\n) {\n  securityCoverage(id: $id) {\n    id\n    ...CoverageResult_coverage\n    ...resultData_g2Coverage\n  }\n  ...resultData_g2Rows_3LIjkV\n}\n\nfragment CoverageResult_coverage on SecurityCoverage {\n  id\n  name\n  auto_enrichment_disable\n  ...ResultSummary_coverage\n  ...ExportMenu_coverage\n}\n\nfragment ExportMenu_coverage on SecurityCoverage {\n  id\n  name\n  auto_enrichment_disable\n  external_uri\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n}\n\nfragment ResultRow_relationship on StixCoreRelationship {\n  id\n  updated_at\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  to {\n    __typename\n    ... on StixCoreObject {\n      __isStixCoreObject: __typename\n      id\n      entity_type\n      representative {\n        main\n      }\n      objectLabel {\n        id\n        value\n        color\n      }\n      objectMarking {\n        id\n        definition\n        x_opencti_color\n      }\n    }\n    ... on AttackPattern {\n      name\n      x_mitre_id\n      id\n    }\n    ... on Campaign {\n      id\n    }\n    ... on CaseIncident {\n      id\n    }\n    ... on Creator {\n      id\n    }\n    ... on Grouping {\n      id\n    }\n    ... on Incident {\n      id\n    }\n    ... on Individual {\n      id\n    }\n    ... on IntrusionSet {\n      id\n    }\n    ... on KillChainPhase {\n      id\n    }\n    ... on Label {\n      id\n    }\n    ... on MarkingDefinition {\n      id\n    }\n    ... on Organization {\n      id\n    }\n    ... on Report {\n      id\n    }\n    ... on SecurityCoverage {\n      id\n    }\n    ... on SecurityCoverageResult {\n      id\n    }\n    ... on SecurityPlatform {\n      id\n    }\n    ... on StixCoreRelationship {\n      id\n    }\n    ... on StixRefRelationship {\n      id\n    }\n    ... on Vulnerability {\n      id\n    }\n  }\n}\n\nfragment ResultSummary_coverage on SecurityCoverage {\n  auto_enrichment_disable\n}\n\nfragment resultData_g2Coverage on SecurityCoverage {\n  tested: stixCoreRelationshipsFromResults(first: 1, relationship_type: \"has-covered\") {\n    pageInfo {\n      globalCount\n    }\n  }\n  placeholders: stixCoreRelationshipsFromResults(first: 1, relationship_type: \"has-covered\", filters: {mode: and, filters: [{key: [\"coverage_information\"], operator: nil, values: []}], filterGroups: []}) {\n    pageInfo {\n      globalCount\n    }\n  }\n  coveredEntitiesDistribution(field: \"entity_type\", operation: count, relationship_type: [\"has-covered\"]) {\n    label\n    value\n  }\n}\n\nfragment resultData_g2Rows_3LIjkV on Query {\n  securityCoverage(id: $id) {\n    id\n    stixCoreRelationshipsFromResults(first: $count, relationship_type: \"has-covered\", search: $search, orderBy: $orderBy, orderMode: $orderMode, filters: $filters) {\n      pageInfo {\n        globalCount\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          coverage_information {\n            coverage_score\n          }\n          from {\n            __typename\n            ... on SecurityCoverageResult {\n              name\n              external_uri\n              id\n            }\n            ... on AttackPattern {\n              id\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          ...ResultRow_relationship\n          __typename\n        }\n        cursor\n      }\n    }\n  }\n  ...resultData_vocabulary\n}\n\nfragment resultData_vocabulary on Query {\n  vocabularies(category: coverage_ov) {\n    edges {\n      node {\n        name\n        order\n        id\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "65faca0503a2857c3f2f046e043c3d1b";

export default node;
