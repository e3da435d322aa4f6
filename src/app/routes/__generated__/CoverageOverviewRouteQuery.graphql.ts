/**
 * @generated SignedSource<<b334f3591df5d7304349b33db7bf647d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type CoverageOverviewRouteQuery$variables = {
  id: string;
};
export type CoverageOverviewRouteQuery$data = {
  readonly securityCoverage: {
    readonly description: string | null | undefined;
    readonly id: string;
  } | null | undefined;
};
export type CoverageOverviewRouteQuery = {
  response: CoverageOverviewRouteQuery$data;
  variables: CoverageOverviewRouteQuery$variables;
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
        "name": "description",
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
    "name": "CoverageOverviewRouteQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CoverageOverviewRouteQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "128763d3379b51c12b7bde45151271d4",
    "id": null,
    "metadata": {},
    "name": "CoverageOverviewRouteQuery",
    "operationKind": "query",
    "text": "query CoverageOverviewRouteQuery(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    id\n    description\n  }\n}\n"
  }
};
})();

(node as any).hash = "9fbd7209a4227e7802bf5ac9021c80a6";

export default node;
