/**
 * @generated SignedSource<<ce6f8dbdeb834ce637ee0cbb80e56b38>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type CoverageRouteQuery$variables = {
  id: string;
};
export type CoverageRouteQuery$data = {
  readonly securityCoverage: {
    readonly id: string;
    readonly name: string;
  } | null | undefined;
};
export type CoverageRouteQuery = {
  response: CoverageRouteQuery$data;
  variables: CoverageRouteQuery$variables;
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
    "name": "CoverageRouteQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CoverageRouteQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "786794c3022a073963f00658bd4d76f7",
    "id": null,
    "metadata": {},
    "name": "CoverageRouteQuery",
    "operationKind": "query",
    "text": "query CoverageRouteQuery(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    id\n    name\n  }\n}\n"
  }
};
})();

(node as any).hash = "e3b75693a6445af49f8000ce04f50e95";

export default node;
