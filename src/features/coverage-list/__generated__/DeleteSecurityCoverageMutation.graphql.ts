/**
 * @generated SignedSource<<6e06711eae047e5d9ce49aaf88313bc6>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type DeleteSecurityCoverageMutation$variables = {
  connections: ReadonlyArray<string>;
  id: string;
};
export type DeleteSecurityCoverageMutation$data = {
  readonly securityCoverageDelete: string | null | undefined;
};
export type DeleteSecurityCoverageMutation = {
  response: DeleteSecurityCoverageMutation$data;
  variables: DeleteSecurityCoverageMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "connections"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "id"
},
v2 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v3 = {
  "alias": null,
  "args": (v2/*:: as any*/),
  "kind": "ScalarField",
  "name": "securityCoverageDelete",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "DeleteSecurityCoverageMutation",
    "selections": [
      (v3/*:: as any*/)
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "DeleteSecurityCoverageMutation",
    "selections": [
      (v3/*:: as any*/),
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "filters": null,
        "handle": "deleteEdge",
        "key": "",
        "kind": "ScalarHandle",
        "name": "securityCoverageDelete",
        "handleArgs": [
          {
            "kind": "Variable",
            "name": "connections",
            "variableName": "connections"
          }
        ]
      }
    ]
  },
  "params": {
    "cacheID": "313db21e01ceccd0a46853f328879be6",
    "id": null,
    "metadata": {},
    "name": "DeleteSecurityCoverageMutation",
    "operationKind": "mutation",
    "text": "mutation DeleteSecurityCoverageMutation(\n  $id: ID!\n) {\n  securityCoverageDelete(id: $id)\n}\n"
  }
};
})();

(node as any).hash = "4ec91f84b6613475dd67d1b530b990c6";

export default node;
