/**
 * @generated SignedSource<<e19703391b58540f07df7cdcacae197c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type DeleteCoverageMutation$variables = {
  id: string;
};
export type DeleteCoverageMutation$data = {
  readonly securityCoverageDelete: string | null | undefined;
};
export type DeleteCoverageMutation = {
  response: DeleteCoverageMutation$data;
  variables: DeleteCoverageMutation$variables;
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
    "kind": "ScalarField",
    "name": "securityCoverageDelete",
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "DeleteCoverageMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "DeleteCoverageMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "3aac7d6faeef330e1de52f336859a577",
    "id": null,
    "metadata": {},
    "name": "DeleteCoverageMutation",
    "operationKind": "mutation",
    "text": "mutation DeleteCoverageMutation(\n  $id: ID!\n) {\n  securityCoverageDelete(id: $id)\n}\n"
  }
};
})();

(node as any).hash = "a526dfdcc1710c5aeee6ee5a74b26a5e";

export default node;
