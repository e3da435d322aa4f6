/**
 * @generated SignedSource<<1bd1783dd41e35552dda4388ba9729e8>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type EditOperation = "add" | "remove" | "replace" | "%future added value";
export type EditInput = {
  key: string;
  object_path?: string | null | undefined;
  operation?: EditOperation | null | undefined;
  value: ReadonlyArray<unknown | null | undefined>;
};
export type UpdateTestedEntityScoresMutation$variables = {
  id: string;
  input: ReadonlyArray<EditInput | null | undefined>;
};
export type UpdateTestedEntityScoresMutation$data = {
  readonly stixCoreRelationshipEdit: {
    readonly fieldPatch: {
      readonly coverage_information: ReadonlyArray<{
        readonly coverage_name: string;
        readonly coverage_score: number;
      }> | null | undefined;
      readonly id: string;
      readonly updated_at: string;
    } | null | undefined;
  } | null | undefined;
};
export type UpdateTestedEntityScoresMutation = {
  response: UpdateTestedEntityScoresMutation$data;
  variables: UpdateTestedEntityScoresMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
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
    "concreteType": "StixCoreRelationshipEditMutations",
    "kind": "LinkedField",
    "name": "stixCoreRelationshipEdit",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": [
          {
            "kind": "Variable",
            "name": "input",
            "variableName": "input"
          }
        ],
        "concreteType": "StixCoreRelationship",
        "kind": "LinkedField",
        "name": "fieldPatch",
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
            "name": "updated_at",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "CoverageResult",
            "kind": "LinkedField",
            "name": "coverage_information",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "coverage_name",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "coverage_score",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
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
    "name": "UpdateTestedEntityScoresMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "UpdateTestedEntityScoresMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "91605908b57ca4c19212f81a490fd7e8",
    "id": null,
    "metadata": {},
    "name": "UpdateTestedEntityScoresMutation",
    "operationKind": "mutation",
    "text": "mutation UpdateTestedEntityScoresMutation(\n  $id: ID!\n  $input: [EditInput]!\n) {\n  stixCoreRelationshipEdit(id: $id) {\n    fieldPatch(input: $input) {\n      id\n      updated_at\n      coverage_information {\n        coverage_name\n        coverage_score\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "46723d7a0e0cb8fff398449dd42bcc57";

export default node;
