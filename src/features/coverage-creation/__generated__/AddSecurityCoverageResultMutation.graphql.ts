/**
 * @generated SignedSource<<778ac4e8a4c0138c1eb9d575068b6ed9>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type SecurityCoverageResultAddInput = {
  confidence?: number | null | undefined;
  coverage_information?: ReadonlyArray<SecurityCoverageExpectation> | null | undefined;
  coverage_last_result?: string | null | undefined;
  coverage_valid_from?: string | null | undefined;
  coverage_valid_to?: string | null | undefined;
  created?: string | null | undefined;
  createdBy?: string | null | undefined;
  description?: string | null | undefined;
  embedded?: ReadonlyArray<boolean | null | undefined> | null | undefined;
  externalReferences?: ReadonlyArray<string | null | undefined> | null | undefined;
  external_uri?: string | null | undefined;
  file?: unknown | null | undefined;
  fileMarkings?: ReadonlyArray<string | null | undefined> | null | undefined;
  files?: ReadonlyArray<unknown | null | undefined> | null | undefined;
  filesMarkings?: ReadonlyArray<ReadonlyArray<string | null | undefined> | null | undefined> | null | undefined;
  modified?: string | null | undefined;
  name?: string | null | undefined;
  noTriggerImport?: ReadonlyArray<boolean | null | undefined> | null | undefined;
  objectLabel?: ReadonlyArray<string | null | undefined> | null | undefined;
  objectMarking?: ReadonlyArray<string | null | undefined> | null | undefined;
  resultOf: string;
  revoked?: boolean | null | undefined;
  stix_id?: string | null | undefined;
  update?: boolean | null | undefined;
  x_opencti_modified_at?: string | null | undefined;
  x_opencti_stix_ids?: ReadonlyArray<string | null | undefined> | null | undefined;
  x_opencti_workflow_id?: string | null | undefined;
};
export type SecurityCoverageExpectation = {
  coverage_name: string;
  coverage_score: number;
};
export type AddSecurityCoverageResultMutation$variables = {
  input: SecurityCoverageResultAddInput;
};
export type AddSecurityCoverageResultMutation$data = {
  readonly securityCoverageResultAdd: {
    readonly id: string;
    readonly resultOf: {
      readonly coverage_information: ReadonlyArray<{
        readonly coverage_name: string;
        readonly coverage_score: number;
      }> | null | undefined;
      readonly coverage_last_result: string | null | undefined;
      readonly id: string;
    } | null | undefined;
  } | null | undefined;
};
export type AddSecurityCoverageResultMutation = {
  response: AddSecurityCoverageResultMutation$data;
  variables: AddSecurityCoverageResultMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "SecurityCoverageResult",
    "kind": "LinkedField",
    "name": "securityCoverageResultAdd",
    "plural": false,
    "selections": [
      (v1/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "resultOf",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "coverage_last_result",
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
    "name": "AddSecurityCoverageResultMutation",
    "selections": (v2/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AddSecurityCoverageResultMutation",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "37ddacefafa6172c355f6a47e75238bf",
    "id": null,
    "metadata": {},
    "name": "AddSecurityCoverageResultMutation",
    "operationKind": "mutation",
    "text": "mutation AddSecurityCoverageResultMutation(\n  $input: SecurityCoverageResultAddInput!\n) {\n  securityCoverageResultAdd(input: $input) {\n    id\n    resultOf {\n      id\n      coverage_last_result\n      coverage_information {\n        coverage_name\n        coverage_score\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f95b6a3da822ae999717cabdb83c521f";

export default node;
