/**
 * @generated SignedSource<<605b70bb090a4a8085366086f1455143>>
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
    readonly auto_enrichment_disable: boolean | null | undefined;
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
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "auto_enrichment_disable",
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
    "cacheID": "cd146abc640383401bd2c3103e008c93",
    "id": null,
    "metadata": {},
    "name": "CoverageRouteQuery",
    "operationKind": "query",
    "text": "query CoverageRouteQuery(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    id\n    name\n    auto_enrichment_disable\n  }\n}\n"
  }
};
})();

(node as any).hash = "aa32b3ce546826e72da0d41dc66ac36b";

export default node;
