/**
 * @generated SignedSource<<8c967bf8a96bc07ec0711ee528d85f23>>
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
    readonly securityCoverage?: {
      readonly id: string;
      readonly name: string;
    } | null | undefined;
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
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "entityId"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "testableFilters"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "entityId"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "entity_type",
  "storageKey": null
},
v4 = {
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
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v6 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "SecurityCoverage",
    "kind": "LinkedField",
    "name": "securityCoverage",
    "plural": false,
    "selections": [
      (v2/*:: as any*/),
      (v5/*:: as any*/)
    ],
    "storageKey": null
  }
],
v7 = {
  "kind": "InlineFragment",
  "selections": (v6/*:: as any*/),
  "type": "Report",
  "abstractKey": null
},
v8 = {
  "kind": "InlineFragment",
  "selections": (v6/*:: as any*/),
  "type": "Grouping",
  "abstractKey": null
},
v9 = {
  "kind": "InlineFragment",
  "selections": (v6/*:: as any*/),
  "type": "Campaign",
  "abstractKey": null
},
v10 = {
  "kind": "InlineFragment",
  "selections": (v6/*:: as any*/),
  "type": "IntrusionSet",
  "abstractKey": null
},
v11 = {
  "kind": "InlineFragment",
  "selections": (v6/*:: as any*/),
  "type": "Incident",
  "abstractKey": null
},
v12 = {
  "kind": "InlineFragment",
  "selections": (v6/*:: as any*/),
  "type": "CaseIncident",
  "abstractKey": null
},
v13 = [
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
v14 = {
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
v15 = {
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
v16 = {
  "alias": null,
  "args": null,
  "concreteType": "Connector",
  "kind": "LinkedField",
  "name": "connectors",
  "plural": true,
  "selections": [
    (v2/*:: as any*/),
    (v5/*:: as any*/),
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
v17 = {
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
            (v2/*:: as any*/),
            (v5/*:: as any*/),
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
v18 = {
  "kind": "Literal",
  "name": "orderMode",
  "value": "asc"
},
v19 = {
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
    (v18/*:: as any*/)
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
            (v2/*:: as any*/),
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
v20 = {
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
    (v18/*:: as any*/)
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
            (v2/*:: as any*/),
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
v21 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "AddSecurityCoverageDrawerQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "stixCoreObject",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/),
          (v9/*:: as any*/),
          (v10/*:: as any*/),
          (v11/*:: as any*/),
          (v12/*:: as any*/)
        ],
        "storageKey": null
      },
      {
        "alias": "testable",
        "args": (v13/*:: as any*/),
        "concreteType": "StixCoreObjectConnection",
        "kind": "LinkedField",
        "name": "stixCoreObjects",
        "plural": false,
        "selections": [
          (v14/*:: as any*/),
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
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v15/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      (v16/*:: as any*/),
      (v17/*:: as any*/),
      (v19/*:: as any*/),
      (v20/*:: as any*/)
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AddSecurityCoverageDrawerQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "stixCoreObject",
        "plural": false,
        "selections": [
          (v21/*:: as any*/),
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/),
          (v9/*:: as any*/),
          (v10/*:: as any*/),
          (v11/*:: as any*/),
          (v12/*:: as any*/)
        ],
        "storageKey": null
      },
      {
        "alias": "testable",
        "args": (v13/*:: as any*/),
        "concreteType": "StixCoreObjectConnection",
        "kind": "LinkedField",
        "name": "stixCoreObjects",
        "plural": false,
        "selections": [
          (v14/*:: as any*/),
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
                  (v21/*:: as any*/),
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v15/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      (v16/*:: as any*/),
      (v17/*:: as any*/),
      (v19/*:: as any*/),
      (v20/*:: as any*/)
    ]
  },
  "params": {
    "cacheID": "fc11f838ab01c76d8d7100a44030fbc7",
    "id": null,
    "metadata": {},
    "name": "AddSecurityCoverageDrawerQuery",
    "operationKind": "query",
    "text": "query AddSecurityCoverageDrawerQuery(\n  $entityId: String!\n  $testableFilters: FilterGroup\n) {\n  stixCoreObject(id: $entityId) {\n    __typename\n    id\n    entity_type\n    representative {\n      main\n    }\n    ... on Report {\n      securityCoverage {\n        id\n        name\n      }\n    }\n    ... on Grouping {\n      securityCoverage {\n        id\n        name\n      }\n    }\n    ... on Campaign {\n      securityCoverage {\n        id\n        name\n      }\n    }\n    ... on IntrusionSet {\n      securityCoverage {\n        id\n        name\n      }\n    }\n    ... on Incident {\n      securityCoverage {\n        id\n        name\n      }\n    }\n    ... on CaseIncident {\n      securityCoverage {\n        id\n        name\n      }\n    }\n  }\n  testable: stixCoreObjects(types: [\"Attack-Pattern\", \"Vulnerability\"], filters: $testableFilters, first: 500) {\n    pageInfo {\n      globalCount\n    }\n    edges {\n      node {\n        __typename\n        id\n        entity_type\n        representative {\n          main\n        }\n        ... on AttackPattern {\n          x_mitre_id\n        }\n      }\n    }\n  }\n  connectors {\n    id\n    name\n    active\n    connector_type\n    connector_scope\n    updated_at\n  }\n  vocabularies(category: coverage_ov) {\n    edges {\n      node {\n        id\n        name\n        order\n      }\n    }\n  }\n  labels(first: 200, orderBy: value, orderMode: asc) {\n    edges {\n      node {\n        id\n        value\n      }\n    }\n  }\n  markingDefinitions(first: 100, orderBy: x_opencti_order, orderMode: asc) {\n    edges {\n      node {\n        id\n        definition\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "80152948811499ed7e1b5e2c8737a504";

export default node;
