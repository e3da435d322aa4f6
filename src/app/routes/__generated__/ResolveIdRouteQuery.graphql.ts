/**
 * @generated SignedSource<<51754c2f1de8e15a1952f560fc76e926>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type ResolveIdRouteQuery$variables = {
  id: string;
};
export type ResolveIdRouteQuery$data = {
  readonly stixCoreObject: {
    readonly entity_type: string;
    readonly id: string;
  } | null | undefined;
};
export type ResolveIdRouteQuery = {
  response: ResolveIdRouteQuery$data;
  variables: ResolveIdRouteQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
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
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "ResolveIdRouteQuery",
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
          (v3/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ResolveIdRouteQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "stixCoreObject",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
          (v2/*:: as any*/),
          (v3/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "a28ddc182bfb05280ba718f0dcb2a999",
    "id": null,
    "metadata": {},
    "name": "ResolveIdRouteQuery",
    "operationKind": "query",
    "text": "query ResolveIdRouteQuery(\n  $id: String!\n) {\n  stixCoreObject(id: $id) {\n    __typename\n    id\n    entity_type\n  }\n}\n"
  }
};
})();

(node as any).hash = "a55634110dd4909e1b409da26d62ba4a";

export default node;
