/**
 * @generated SignedSource<<eee0ef0467d0706d91de121fe4ecc4cc>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type EntityPickerStepQuery$variables = {
  search?: string | null | undefined;
  types?: ReadonlyArray<string | null | undefined> | null | undefined;
};
export type EntityPickerStepQuery$data = {
  readonly " $fragmentSpreads": FragmentRefs<"EntityPickerStep_query">;
};
export type EntityPickerStepQuery = {
  response: EntityPickerStepQuery$data;
  variables: EntityPickerStepQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "search"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "types"
},
v2 = {
  "kind": "Variable",
  "name": "search",
  "variableName": "search"
},
v3 = {
  "kind": "Variable",
  "name": "types",
  "variableName": "types"
},
v4 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 20
  },
  {
    "kind": "Literal",
    "name": "orderBy",
    "value": "created_at"
  },
  {
    "kind": "Literal",
    "name": "orderMode",
    "value": "desc"
  },
  (v2/*:: as any*/),
  (v3/*:: as any*/)
],
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
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
      (v5/*:: as any*/)
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "EntityPickerStepQuery",
    "selections": [
      {
        "args": [
          (v2/*:: as any*/),
          (v3/*:: as any*/)
        ],
        "kind": "FragmentSpread",
        "name": "EntityPickerStep_query"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "EntityPickerStepQuery",
    "selections": [
      {
        "alias": null,
        "args": (v4/*:: as any*/),
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
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "__typename",
                    "storageKey": null
                  },
                  (v5/*:: as any*/),
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
                    "kind": "InlineFragment",
                    "selections": (v6/*:: as any*/),
                    "type": "Report",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v6/*:: as any*/),
                    "type": "Grouping",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v6/*:: as any*/),
                    "type": "Campaign",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v6/*:: as any*/),
                    "type": "IntrusionSet",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v6/*:: as any*/),
                    "type": "Incident",
                    "abstractKey": null
                  },
                  {
                    "kind": "InlineFragment",
                    "selections": (v6/*:: as any*/),
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
        "args": (v4/*:: as any*/),
        "filters": [
          "types",
          "search",
          "orderBy",
          "orderMode"
        ],
        "handle": "connection",
        "key": "EntityPickerStep_stixCoreObjects",
        "kind": "LinkedHandle",
        "name": "stixCoreObjects"
      }
    ]
  },
  "params": {
    "cacheID": "da94b7f31382c404000d8276f4162f67",
    "id": null,
    "metadata": {},
    "name": "EntityPickerStepQuery",
    "operationKind": "query",
    "text": "query EntityPickerStepQuery(\n  $types: [String]\n  $search: String\n) {\n  ...EntityPickerStep_query_1LELpU\n}\n\nfragment EntityPickerStep_query_1LELpU on Query {\n  stixCoreObjects(types: $types, search: $search, first: 20, orderBy: created_at, orderMode: desc) {\n    pageInfo {\n      globalCount\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        __typename\n        id\n        entity_type\n        representative {\n          main\n        }\n        ... on Report {\n          securityCoverage {\n            id\n          }\n        }\n        ... on Grouping {\n          securityCoverage {\n            id\n          }\n        }\n        ... on Campaign {\n          securityCoverage {\n            id\n          }\n        }\n        ... on IntrusionSet {\n          securityCoverage {\n            id\n          }\n        }\n        ... on Incident {\n          securityCoverage {\n            id\n          }\n        }\n        ... on CaseIncident {\n          securityCoverage {\n            id\n          }\n        }\n      }\n      cursor\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "00789d3e1ec647b1537e37e86f86304a";

export default node;
