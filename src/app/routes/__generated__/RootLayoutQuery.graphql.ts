/**
 * @generated SignedSource<<f1b8473a84ede6873f811ac4320b9b73>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type RootLayoutQuery$variables = Record<PropertyKey, never>;
export type RootLayoutQuery$data = {
  readonly me: {
    readonly capabilities: ReadonlyArray<{
      readonly name: string;
    }>;
    readonly name: string;
  };
};
export type RootLayoutQuery = {
  response: RootLayoutQuery$data;
  variables: RootLayoutQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "RootLayoutQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "MeUser",
        "kind": "LinkedField",
        "name": "me",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Capability",
            "kind": "LinkedField",
            "name": "capabilities",
            "plural": true,
            "selections": [
              (v0/*:: as any*/)
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
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "RootLayoutQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "MeUser",
        "kind": "LinkedField",
        "name": "me",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Capability",
            "kind": "LinkedField",
            "name": "capabilities",
            "plural": true,
            "selections": [
              (v0/*:: as any*/),
              (v1/*:: as any*/)
            ],
            "storageKey": null
          },
          (v1/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "966bc0728b572381cdc98b8d1617b5fc",
    "id": null,
    "metadata": {},
    "name": "RootLayoutQuery",
    "operationKind": "query",
    "text": "query RootLayoutQuery {\n  me {\n    name\n    capabilities {\n      name\n      id\n    }\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "ee564c3e7e779613d6af2e2c993a7386";

export default node;
