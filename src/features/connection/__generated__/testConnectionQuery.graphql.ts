/**
 * @generated SignedSource<<a618b71f04abf6542b97bc7af6170e08>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type testConnectionQuery$variables = Record<PropertyKey, never>;
export type testConnectionQuery$data = {
  readonly about: {
    readonly version: string;
  } | null | undefined;
  readonly me: {
    readonly capabilities: ReadonlyArray<{
      readonly name: string;
    }>;
    readonly name: string;
  };
  readonly settings: {
    readonly platform_openaev_url: string | null | undefined;
  };
};
export type testConnectionQuery = {
  response: testConnectionQuery$data;
  variables: testConnectionQuery$variables;
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
  "concreteType": "AppInfo",
  "kind": "LinkedField",
  "name": "about",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "version",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "platform_openaev_url",
  "storageKey": null
},
v3 = {
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
    "name": "testConnectionQuery",
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
      },
      (v1/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "concreteType": "Settings",
        "kind": "LinkedField",
        "name": "settings",
        "plural": false,
        "selections": [
          (v2/*:: as any*/)
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
    "name": "testConnectionQuery",
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
              (v3/*:: as any*/)
            ],
            "storageKey": null
          },
          (v3/*:: as any*/)
        ],
        "storageKey": null
      },
      (v1/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "concreteType": "Settings",
        "kind": "LinkedField",
        "name": "settings",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "c6bf8817b4ba7a74b50a5b5f5a199246",
    "id": null,
    "metadata": {},
    "name": "testConnectionQuery",
    "operationKind": "query",
    "text": "query testConnectionQuery {\n  me {\n    name\n    capabilities {\n      name\n      id\n    }\n    id\n  }\n  about {\n    version\n  }\n  settings {\n    platform_openaev_url\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "55345288de059e5e4ad209955f417832";

export default node;
