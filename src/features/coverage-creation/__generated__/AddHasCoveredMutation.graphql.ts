/**
 * @generated SignedSource<<1ef9906d6fed96e7c6e2d1b6299ebde6>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type EditOperation = "add" | "remove" | "replace" | "%future added value";
export type StixCoreRelationshipAddInput = {
  clientMutationId?: string | null | undefined;
  confidence?: number | null | undefined;
  coverage_information?: ReadonlyArray<SecurityCoverageExpectation> | null | undefined;
  created?: string | null | undefined;
  createdBy?: string | null | undefined;
  description?: string | null | undefined;
  externalReferences?: ReadonlyArray<string | null | undefined> | null | undefined;
  external_uri?: string | null | undefined;
  fromId: string;
  killChainPhases?: ReadonlyArray<string | null | undefined> | null | undefined;
  lang?: string | null | undefined;
  modified?: string | null | undefined;
  objectLabel?: ReadonlyArray<string | null | undefined> | null | undefined;
  objectMarking?: ReadonlyArray<string | null | undefined> | null | undefined;
  objectOrganization?: ReadonlyArray<string | null | undefined> | null | undefined;
  relationship_type: string;
  revoked?: boolean | null | undefined;
  start_time?: string | null | undefined;
  stix_id?: string | null | undefined;
  stop_time?: string | null | undefined;
  toId: string;
  update?: boolean | null | undefined;
  upsertOperations?: ReadonlyArray<EditInput> | null | undefined;
  x_opencti_modified_at?: string | null | undefined;
  x_opencti_stix_ids?: ReadonlyArray<string | null | undefined> | null | undefined;
  x_opencti_workflow_id?: string | null | undefined;
};
export type SecurityCoverageExpectation = {
  coverage_name: string;
  coverage_score: number;
};
export type EditInput = {
  key: string;
  object_path?: string | null | undefined;
  operation?: EditOperation | null | undefined;
  value: ReadonlyArray<unknown | null | undefined>;
};
export type AddHasCoveredMutation$variables = {
  input: StixCoreRelationshipAddInput;
};
export type AddHasCoveredMutation$data = {
  readonly stixCoreRelationshipAdd: {
    readonly id: string;
  } | null | undefined;
};
export type AddHasCoveredMutation = {
  response: AddHasCoveredMutation$data;
  variables: AddHasCoveredMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
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
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "StixCoreRelationship",
    "kind": "LinkedField",
    "name": "stixCoreRelationshipAdd",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "id",
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
    "name": "AddHasCoveredMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AddHasCoveredMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "37639e92a937bc429c9879630a0bd00f",
    "id": null,
    "metadata": {},
    "name": "AddHasCoveredMutation",
    "operationKind": "mutation",
    "text": "mutation AddHasCoveredMutation(\n  $input: StixCoreRelationshipAddInput!\n) {\n  stixCoreRelationshipAdd(input: $input) {\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "6d02dbad35f2fffb466062479393090f";

export default node;
