/**
 * @generated SignedSource<<dfcffc759439a2ff1abee32e2fc61e4f>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type LabelsMarkingsFieldsQuery$variables = Record<PropertyKey, never>;
export type LabelsMarkingsFieldsQuery$data = {
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
};
export type LabelsMarkingsFieldsQuery = {
  response: LabelsMarkingsFieldsQuery$data;
  variables: LabelsMarkingsFieldsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "kind": "Literal",
  "name": "orderMode",
  "value": "asc"
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = [
  {
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
      (v0/*:: as any*/)
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
              (v1/*:: as any*/),
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
  {
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
      (v0/*:: as any*/)
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
              (v1/*:: as any*/),
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
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "LabelsMarkingsFieldsQuery",
    "selections": (v2/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "LabelsMarkingsFieldsQuery",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "77b0359848c75bd687dc4f96caa8d65b",
    "id": null,
    "metadata": {},
    "name": "LabelsMarkingsFieldsQuery",
    "operationKind": "query",
    "text": "query LabelsMarkingsFieldsQuery {\n  labels(first: 200, orderBy: value, orderMode: asc) {\n    edges {\n      node {\n        id\n        value\n      }\n    }\n  }\n  markingDefinitions(first: 100, orderBy: x_opencti_order, orderMode: asc) {\n    edges {\n      node {\n        id\n        definition\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "71726782d001cb0a041b6a3a079170b5";

export default node;
