/**
 * @generated SignedSource<<776f3296dacb347b56d2a6449cb4bfe3>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type CoverageResultRouteQuery$variables = {
  id: string;
};
export type CoverageResultRouteQuery$data = {
  readonly securityCoverage: {
    readonly id: string;
    readonly name: string;
  } | null | undefined;
};
export type CoverageResultRouteQuery = {
  response: CoverageResultRouteQuery$data;
  variables: CoverageResultRouteQuery$variables;
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
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "id",
        "variableName": "id"
      }
    ],
    "concreteType": "SecurityCoverage",
    "kind": "LinkedField",
    "name": "securityCoverage",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "id",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "name",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "CoverageResultRouteQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CoverageResultRouteQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "f24a9e45442ae4b5463b93603da8a74b",
    "id": null,
    "metadata": {},
    "name": "CoverageResultRouteQuery",
    "operationKind": "query",
    "text": "query CoverageResultRouteQuery(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    id\n    name\n  }\n}\n"
  }
};
})();

(node as any).hash = "4b959ac8ca2c82b87fe0238bbb6b9046";

export default node;
