/**
 * @generated SignedSource<<cef53dc5b67d46ede2c0db1f20e265bf>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type FilterMode = "and" | "or" | "%future added value";
export type FilterOperator = "contains" | "ends_with" | "eq" | "gt" | "gte" | "has_changed" | "lt" | "lte" | "match" | "nil" | "not_contains" | "not_ends_with" | "not_eq" | "not_has_changed" | "not_nil" | "not_only_eq_to" | "not_starts_with" | "only_eq_to" | "script" | "search" | "starts_with" | "wildcard" | "within" | "%future added value";
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
export type AddSecurityCoverageDrawerQuery$variables = {
  entityId: string;
  existingFilters?: FilterGroup | null | undefined;
  testableFilters?: FilterGroup | null | undefined;
};
export type AddSecurityCoverageDrawerQuery$data = {
  readonly connectors: ReadonlyArray<{
    readonly active: boolean | null | undefined;
    readonly connector_scope: ReadonlyArray<string> | null | undefined;
    readonly connector_type: string | null | undefined;
    readonly id: string;
    readonly name: string;
    readonly updated_at: string | null | undefined;
  }>;
  readonly existing: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly name: string;
      };
    }>;
  } | null | undefined;
  readonly labels: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly value: string | null | undefined;
      };
    }>;
  } | null | undefined;
  readonly markingDefinitions: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly definition: string | null | undefined;
        readonly id: string;
      };
    }>;
  } | null | undefined;
  readonly stixCoreObject: {
    readonly entity_type: string;
    readonly id: string;
    readonly representative: {
      readonly main: string;
    };
  } | null | undefined;
  readonly testable: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly entity_type: string;
        readonly id: string;
        readonly representative: {
          readonly main: string;
        };
        readonly x_mitre_id?: string | null | undefined;
      };
    }>;
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly vocabularies: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly name: string;
        readonly order: number | null | undefined;
      };
    }>;
  } | null | undefined;
};
export type AddSecurityCoverageDrawerQuery = {
  response: AddSecurityCoverageDrawerQuery$data;
  variables: AddSecurityCoverageDrawerQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "entityId"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "existingFilters"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "testableFilters"
},
v3 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "entityId"
  }
],
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "entity_type",
  "storageKey": null
},
v6 = {
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
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v8 = {
  "alias": "existing",
  "args": [
    {
      "kind": "Variable",
      "name": "filters",
      "variableName": "existingFilters"
    },
    {
      "kind": "Literal",
      "name": "first",
      "value": 1
    }
  ],
  "concreteType": "SecurityCoverageConnection",
  "kind": "LinkedField",
  "name": "securityCoverages",
  "plural": false,
  "selections": [
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
            (v4/*:: as any*/),
            (v7/*:: as any*/)
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v9 = [
  {
    "kind": "Variable",
    "name": "filters",
    "variableName": "testableFilters"
  },
  {
    "kind": "Literal",
    "name": "first",
    "value": 500
  },
  {
    "kind": "Literal",
    "name": "types",
    "value": [
      "Attack-Pattern",
      "Vulnerability"
    ]
  }
],
v10 = {
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
    }
  ],
  "storageKey": null
},
v11 = {
  "kind": "InlineFragment",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "x_mitre_id",
      "storageKey": null
    }
  ],
  "type": "AttackPattern",
  "abstractKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "concreteType": "Connector",
  "kind": "LinkedField",
  "name": "connectors",
  "plural": true,
  "selections": [
    (v4/*:: as any*/),
    (v7/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "active",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "connector_type",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "connector_scope",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "updated_at",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v13 = {
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
            (v4/*:: as any*/),
            (v7/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "order",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": "vocabularies(category:\"coverage_ov\")"
},
v14 = {
  "kind": "Literal",
  "name": "orderMode",
  "value": "asc"
},
v15 = {
  "alias": null,
  "args": [
    {
      "kind": "Literal",
      "name": "first",
      "value": 200
    },
    {
      "kind": "Literal",
      "name": "orderBy",
      "value": "value"
    },
    (v14/*:: as any*/)
  ],
  "concreteType": "LabelConnection",
  "kind": "LinkedField",
  "name": "labels",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "LabelEdge",
      "kind": "LinkedField",
      "name": "edges",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "Label",
          "kind": "LinkedField",
          "name": "node",
          "plural": false,
          "selections": [
            (v4/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "value",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": "labels(first:200,orderBy:\"value\",orderMode:\"asc\")"
},
v16 = {
  "alias": null,
  "args": [
    {
      "kind": "Literal",
      "name": "first",
      "value": 100
    },
    {
      "kind": "Literal",
      "name": "orderBy",
      "value": "x_opencti_order"
    },
    (v14/*:: as any*/)
  ],
  "concreteType": "MarkingDefinitionConnection",
  "kind": "LinkedField",
  "name": "markingDefinitions",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "MarkingDefinitionEdge",
      "kind": "LinkedField",
      "name": "edges",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "MarkingDefinition",
          "kind": "LinkedField",
          "name": "node",
          "plural": false,
          "selections": [
            (v4/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "definition",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": "markingDefinitions(first:100,orderBy:\"x_opencti_order\",orderMode:\"asc\")"
},
v17 = {
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
      (v2/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "AddSecurityCoverageDrawerQuery",
    "selections": [
      {
        "alias": null,
        "args": (v3/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "stixCoreObject",
        "plural": false,
        "selections": [
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/)
        ],
        "storageKey": null
      },
      (v8/*:: as any*/),
      {
        "alias": "testable",
        "args": (v9/*:: as any*/),
        "concreteType": "StixCoreObjectConnection",
        "kind": "LinkedField",
        "name": "stixCoreObjects",
        "plural": false,
        "selections": [
          (v10/*:: as any*/),
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
                  (v4/*:: as any*/),
                  (v5/*:: as any*/),
                  (v6/*:: as any*/),
                  (v11/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      (v12/*:: as any*/),
      (v13/*:: as any*/),
      (v15/*:: as any*/),
      (v16/*:: as any*/)
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v2/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "AddSecurityCoverageDrawerQuery",
    "selections": [
      {
        "alias": null,
        "args": (v3/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "stixCoreObject",
        "plural": false,
        "selections": [
          (v17/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/)
        ],
        "storageKey": null
      },
      (v8/*:: as any*/),
      {
        "alias": "testable",
        "args": (v9/*:: as any*/),
        "concreteType": "StixCoreObjectConnection",
        "kind": "LinkedField",
        "name": "stixCoreObjects",
        "plural": false,
        "selections": [
          (v10/*:: as any*/),
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
                  (v17/*:: as any*/),
                  (v4/*:: as any*/),
                  (v5/*:: as any*/),
                  (v6/*:: as any*/),
                  (v11/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      (v12/*:: as any*/),
      (v13/*:: as any*/),
      (v15/*:: as any*/),
      (v16/*:: as any*/)
    ]
  },
  "params": {
    "cacheID": "b52fcc3b7323b3094d5d1ba06729ca27",
    "id": null,
    "metadata": {},
    "name": "AddSecurityCoverageDrawerQuery",
    "operationKind": "query",
    "text": "query AddSecurityCoverageDrawerQuery(\n  $entityId: String!\n  $testableFilters: FilterGroup\n  $existingFilters: FilterGroup\n) {\n  stixCoreObject(id: $entityId) {\n    __typename\n    id\n    entity_type\n    representative {\n      main\n    }\n  }\n  existing: securityCoverages(first: 1, filters: $existingFilters) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n  testable: stixCoreObjects(types: [\"Attack-Pattern\", \"Vulnerability\"], filters: $testableFilters, first: 500) {\n    pageInfo {\n      globalCount\n    }\n    edges {\n      node {\n        __typename\n        id\n        entity_type\n        representative {\n          main\n        }\n        ... on AttackPattern {\n          x_mitre_id\n        }\n      }\n    }\n  }\n  connectors {\n    id\n    name\n    active\n    connector_type\n    connector_scope\n    updated_at\n  }\n  vocabularies(category: coverage_ov) {\n    edges {\n      node {\n        id\n        name\n        order\n      }\n    }\n  }\n  labels(first: 200, orderBy: value, orderMode: asc) {\n    edges {\n      node {\n        id\n        value\n      }\n    }\n  }\n  markingDefinitions(first: 100, orderBy: x_opencti_order, orderMode: asc) {\n    edges {\n      node {\n        id\n        definition\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "966a354dfd2db7cfc68a46796046841c";

export default node;
