/**
 * @generated SignedSource<<8bd8ed6e5311a0700338185f0801cc2c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type EmbedCapabilitiesQuery$variables = Record<PropertyKey, never>;
export type EmbedCapabilitiesQuery$data = {
  readonly me: {
    readonly capabilities: ReadonlyArray<{
      readonly name: string;
    }>;
  };
};
export type EmbedCapabilitiesQuery = {
  response: EmbedCapabilitiesQuery$data;
  variables: EmbedCapabilitiesQuery$variables;
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
    "name": "EmbedCapabilitiesQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "MeUser",
        "kind": "LinkedField",
        "name": "me",
        "plural": false,
        "selections": [
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
    "name": "EmbedCapabilitiesQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "MeUser",
        "kind": "LinkedField",
        "name": "me",
        "plural": false,
        "selections": [
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
    "cacheID": "68ad4ff6ef17237c7c04e092afd6c2c4",
    "id": null,
    "metadata": {},
    "name": "EmbedCapabilitiesQuery",
    "operationKind": "query",
    "text": "query EmbedCapabilitiesQuery {\n  me {\n    capabilities {\n      name\n      id\n    }\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "73a7eb5497d0bc2d2b35b289c0ef4f7a";

export default node;
