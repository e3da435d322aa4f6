/**
 * @generated SignedSource<<5d9e9cd02436409f79cf8a3fda09f02f>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type SecurityCoverageAddInput = {
  add_related_entities?: SecurityCoverageSelectedEntitiesInput | null | undefined;
  auto_enrichment_disable: boolean;
  confidence?: number | null | undefined;
  coverage_information?: ReadonlyArray<SecurityCoverageExpectation> | null | undefined;
  coverage_last_result?: string | null | undefined;
  coverage_valid_from?: string | null | undefined;
  coverage_valid_to?: string | null | undefined;
  created?: string | null | undefined;
  createdBy?: string | null | undefined;
  description?: string | null | undefined;
  duration?: string | null | undefined;
  embedded?: ReadonlyArray<boolean | null | undefined> | null | undefined;
  externalReferences?: ReadonlyArray<string | null | undefined> | null | undefined;
  external_uri?: string | null | undefined;
  file?: unknown | null | undefined;
  fileMarkings?: ReadonlyArray<string | null | undefined> | null | undefined;
  files?: ReadonlyArray<unknown | null | undefined> | null | undefined;
  filesMarkings?: ReadonlyArray<ReadonlyArray<string | null | undefined> | null | undefined> | null | undefined;
  modified?: string | null | undefined;
  name: string;
  noTriggerImport?: ReadonlyArray<boolean | null | undefined> | null | undefined;
  objectCovered: string;
  objectLabel?: ReadonlyArray<string | null | undefined> | null | undefined;
  objectMarking?: ReadonlyArray<string | null | undefined> | null | undefined;
  periodicity?: string | null | undefined;
  platforms_affinity?: ReadonlyArray<string | null | undefined> | null | undefined;
  revoked?: boolean | null | undefined;
  stix_id?: string | null | undefined;
  tenant_id?: string | null | undefined;
  tenant_name?: string | null | undefined;
  type_affinity?: string | null | undefined;
  update?: boolean | null | undefined;
  x_opencti_modified_at?: string | null | undefined;
  x_opencti_stix_ids?: ReadonlyArray<string | null | undefined> | null | undefined;
  x_opencti_workflow_id?: string | null | undefined;
};
export type SecurityCoverageExpectation = {
  coverage_name: string;
  coverage_score: number;
};
export type SecurityCoverageSelectedEntitiesInput = {
  excluded_ids?: ReadonlyArray<string> | null | undefined;
  filters?: string | null | undefined;
  search?: string | null | undefined;
  selected_ids?: ReadonlyArray<string> | null | undefined;
};
export type AddSecurityCoverageMutation$variables = {
  connections: ReadonlyArray<string>;
  input: SecurityCoverageAddInput;
};
export type AddSecurityCoverageMutation$data = {
  readonly securityCoverageAdd: {
    readonly auto_enrichment_disable: boolean | null | undefined;
    readonly coverage_information: ReadonlyArray<{
      readonly coverage_name: string;
      readonly coverage_score: number;
    }> | null | undefined;
    readonly coverage_last_result: string | null | undefined;
    readonly created: string | null | undefined;
    readonly createdBy: {
      readonly id: string;
      readonly name: string;
    } | null | undefined;
    readonly id: string;
    readonly name: string;
    readonly objectCovered: {
      readonly entity_type: string;
      readonly id: string;
      readonly representative: {
        readonly main: string;
      };
    } | null | undefined;
    readonly objectLabel: ReadonlyArray<{
      readonly color: string | null | undefined;
      readonly id: string;
      readonly value: string | null | undefined;
    }> | null | undefined;
    readonly objectMarking: ReadonlyArray<{
      readonly definition: string | null | undefined;
      readonly id: string;
      readonly x_opencti_color: string | null | undefined;
    }> | null | undefined;
  } | null | undefined;
};
export type AddSecurityCoverageMutation = {
  response: AddSecurityCoverageMutation$data;
  variables: AddSecurityCoverageMutation$variables;
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
  "name": "input"
},
v2 = [
  {
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "auto_enrichment_disable",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_last_result",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "created",
  "storageKey": null
},
v8 = {
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
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "entity_type",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "concreteType": "Representative",
  "kind": "LinkedField",
  "name": "representative",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "main",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "concreteType": "Label",
  "kind": "LinkedField",
  "name": "objectLabel",
  "plural": true,
  "selections": [
    (v3/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "value",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "color",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "concreteType": "MarkingDefinition",
  "kind": "LinkedField",
  "name": "objectMarking",
  "plural": true,
  "selections": [
    (v3/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "definition",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "x_opencti_color",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
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
    "name": "AddSecurityCoverageMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverageAdd",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "objectCovered",
            "plural": false,
            "selections": [
              (v3/*:: as any*/),
              (v9/*:: as any*/),
              (v10/*:: as any*/)
            ],
            "storageKey": null
          },
          (v11/*:: as any*/),
          (v12/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "createdBy",
            "plural": false,
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
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
    "name": "AddSecurityCoverageMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverageAdd",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "objectCovered",
            "plural": false,
            "selections": [
              (v13/*:: as any*/),
              (v3/*:: as any*/),
              (v9/*:: as any*/),
              (v10/*:: as any*/)
            ],
            "storageKey": null
          },
          (v11/*:: as any*/),
          (v12/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "createdBy",
            "plural": false,
            "selections": [
              (v13/*:: as any*/),
              (v3/*:: as any*/),
              (v4/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "filters": null,
        "handle": "prependNode",
        "key": "",
        "kind": "LinkedHandle",
        "name": "securityCoverageAdd",
        "handleArgs": [
          {
            "kind": "Variable",
            "name": "connections",
            "variableName": "connections"
          },
          {
            "kind": "Literal",
            "name": "edgeTypeName",
            "value": "SecurityCoverageEdge"
          }
        ]
      }
    ]
  },
  "params": {
    "cacheID": "809f63fe54eefdd5448c3e25533742c9",
    "id": null,
    "metadata": {},
    "name": "AddSecurityCoverageMutation",
    "operationKind": "mutation",
    "text": "mutation AddSecurityCoverageMutation(\n  $input: SecurityCoverageAddInput!\n) {\n  securityCoverageAdd(input: $input) {\n    id\n    name\n    auto_enrichment_disable\n    coverage_last_result\n    created\n    coverage_information {\n      coverage_name\n      coverage_score\n    }\n    objectCovered {\n      __typename\n      id\n      entity_type\n      representative {\n        main\n      }\n    }\n    objectLabel {\n      id\n      value\n      color\n    }\n    objectMarking {\n      id\n      definition\n      x_opencti_color\n    }\n    createdBy {\n      __typename\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "a8a20b16af54dff06b2b613dac8e83d5";

export default node;
