/**
 * @generated SignedSource<<0a945f287055de8265b59fe8b2ea2863>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type FilterMode = "and" | "or" | "%future added value";
export type FilterOperator = "contains" | "ends_with" | "eq" | "gt" | "gte" | "has_changed" | "lt" | "lte" | "match" | "nil" | "not_contains" | "not_ends_with" | "not_eq" | "not_has_changed" | "not_nil" | "not_only_eq_to" | "not_starts_with" | "only_eq_to" | "script" | "search" | "starts_with" | "wildcard" | "within" | "%future added value";
export type OrderingMode = "asc" | "desc" | "%future added value";
export type SecurityCoverageOrdering = "_score" | "confidence" | "coverage_last_result" | "created" | "created_at" | "creator" | "modified" | "name" | "objectMarking" | "updated_at" | "%future added value";
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
export type exportCoveragesQuery$variables = {
  after?: string | null | undefined;
  filters?: FilterGroup | null | undefined;
  first: number;
  orderBy?: SecurityCoverageOrdering | null | undefined;
  orderMode?: OrderingMode | null | undefined;
  search?: string | null | undefined;
};
export type exportCoveragesQuery$data = {
  readonly securityCoverages: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly auto_enrichment_disable: boolean | null | undefined;
        readonly coverage_information: ReadonlyArray<{
          readonly coverage_name: string;
          readonly coverage_score: number;
        }> | null | undefined;
        readonly coverage_last_result: string | null | undefined;
        readonly created: string | null | undefined;
        readonly createdBy: {
          readonly id: string;
          readonly name: string;
        } | null | undefined;
        readonly id: string;
        readonly name: string;
        readonly objectCovered: {
          readonly entity_type: string;
          readonly id: string;
          readonly representative: {
            readonly main: string;
          };
        } | null | undefined;
        readonly objectLabel: ReadonlyArray<{
          readonly color: string | null | undefined;
          readonly id: string;
          readonly value: string | null | undefined;
        }> | null | undefined;
        readonly objectMarking: ReadonlyArray<{
          readonly definition: string | null | undefined;
          readonly id: string;
          readonly x_opencti_color: string | null | undefined;
        }> | null | undefined;
      };
    }>;
    readonly pageInfo: {
      readonly endCursor: string;
      readonly globalCount: number;
      readonly hasNextPage: boolean;
    };
  } | null | undefined;
};
export type exportCoveragesQuery = {
  response: exportCoveragesQuery$data;
  variables: exportCoveragesQuery$variables;
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
v6 = [
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
    "kind": "Variable",
    "name": "search",
    "variableName": "search"
  }
],
v7 = {
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
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "auto_enrichment_disable",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_last_result",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "created",
  "storageKey": null
},
v13 = {
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
v14 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "entity_type",
  "storageKey": null
},
v15 = {
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
v16 = {
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
v17 = {
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
},
v18 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
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
    "name": "exportCoveragesQuery",
    "selections": [
      {
        "alias": null,
        "args": (v6/*:: as any*/),
        "concreteType": "SecurityCoverageConnection",
        "kind": "LinkedField",
        "name": "securityCoverages",
        "plural": false,
        "selections": [
          (v7/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "SecurityCoverageEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "SecurityCoverage",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v10/*:: as any*/),
                  (v11/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "objectCovered",
                    "plural": false,
                    "selections": [
                      (v8/*:: as any*/),
                      (v14/*:: as any*/),
                      (v15/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v16/*:: as any*/),
                  (v17/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "createdBy",
                    "plural": false,
                    "selections": [
                      (v8/*:: as any*/),
                      (v9/*:: as any*/)
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
      (v2/*:: as any*/),
      (v0/*:: as any*/),
      (v5/*:: as any*/),
      (v3/*:: as any*/),
      (v4/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "exportCoveragesQuery",
    "selections": [
      {
        "alias": null,
        "args": (v6/*:: as any*/),
        "concreteType": "SecurityCoverageConnection",
        "kind": "LinkedField",
        "name": "securityCoverages",
        "plural": false,
        "selections": [
          (v7/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "SecurityCoverageEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "SecurityCoverage",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v10/*:: as any*/),
                  (v11/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "objectCovered",
                    "plural": false,
                    "selections": [
                      (v18/*:: as any*/),
                      (v8/*:: as any*/),
                      (v14/*:: as any*/),
                      (v15/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v16/*:: as any*/),
                  (v17/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "createdBy",
                    "plural": false,
                    "selections": [
                      (v18/*:: as any*/),
                      (v8/*:: as any*/),
                      (v9/*:: as any*/)
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
    ]
  },
  "params": {
    "cacheID": "d27162801bf2fe48b0ebcec6db37848b",
    "id": null,
    "metadata": {},
    "name": "exportCoveragesQuery",
    "operationKind": "query",
    "text": "query exportCoveragesQuery(\n  $first: Int!\n  $after: ID\n  $search: String\n  $orderBy: SecurityCoverageOrdering\n  $orderMode: OrderingMode\n  $filters: FilterGroup\n) {\n  securityCoverages(first: $first, after: $after, search: $search, orderBy: $orderBy, orderMode: $orderMode, filters: $filters) {\n    pageInfo {\n      hasNextPage\n      endCursor\n      globalCount\n    }\n    edges {\n      node {\n        id\n        name\n        auto_enrichment_disable\n        coverage_last_result\n        created\n        coverage_information {\n          coverage_name\n          coverage_score\n        }\n        objectCovered {\n          __typename\n          id\n          entity_type\n          representative {\n            main\n          }\n        }\n        objectLabel {\n          id\n          value\n          color\n        }\n        objectMarking {\n          id\n          definition\n          x_opencti_color\n        }\n        createdBy {\n          __typename\n          id\n          name\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f617d122922d92ced4f603821f0fd5a6";

export default node;
