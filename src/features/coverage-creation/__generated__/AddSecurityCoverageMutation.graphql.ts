/**
 * @generated SignedSource<<4bf2a755042ba216e70dd3ee38f0cd8b>>
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
      readonly securityCoverage?: {
        readonly id: string;
      } | null | undefined;
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
v11 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "SecurityCoverage",
    "kind": "LinkedField",
    "name": "securityCoverage",
    "plural": false,
    "selections": [
      (v3/*:: as any*/)
    ],
    "storageKey": null
  }
],
v12 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Report",
  "abstractKey": null
},
v13 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Grouping",
  "abstractKey": null
},
v14 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Campaign",
  "abstractKey": null
},
v15 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "IntrusionSet",
  "abstractKey": null
},
v16 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Incident",
  "abstractKey": null
},
v17 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "CaseIncident",
  "abstractKey": null
},
v18 = {
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
v19 = {
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
v20 = {
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
              (v10/*:: as any*/),
              (v12/*:: as any*/),
              (v13/*:: as any*/),
              (v14/*:: as any*/),
              (v15/*:: as any*/),
              (v16/*:: as any*/),
              (v17/*:: as any*/)
            ],
            "storageKey": null
          },
          (v18/*:: as any*/),
          (v19/*:: as any*/),
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
              (v20/*:: as any*/),
              (v3/*:: as any*/),
              (v9/*:: as any*/),
              (v10/*:: as any*/),
              (v12/*:: as any*/),
              (v13/*:: as any*/),
              (v14/*:: as any*/),
              (v15/*:: as any*/),
              (v16/*:: as any*/),
              (v17/*:: as any*/)
            ],
            "storageKey": null
          },
          (v18/*:: as any*/),
          (v19/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "createdBy",
            "plural": false,
            "selections": [
              (v20/*:: as any*/),
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
    "cacheID": "b359a6a6c86daf79d189f96311973095",
    "id": null,
    "metadata": {},
    "name": "AddSecurityCoverageMutation",
    "operationKind": "mutation",
    "text": "mutation AddSecurityCoverageMutation(\n  $input: SecurityCoverageAddInput!\n) {\n  securityCoverageAdd(input: $input) {\n    id\n    name\n    auto_enrichment_disable\n    coverage_last_result\n    created\n    coverage_information {\n      coverage_name\n      coverage_score\n    }\n    objectCovered {\n      __typename\n      id\n      entity_type\n      representative {\n        main\n      }\n      ... on Report {\n        securityCoverage {\n          id\n        }\n      }\n      ... on Grouping {\n        securityCoverage {\n          id\n        }\n      }\n      ... on Campaign {\n        securityCoverage {\n          id\n        }\n      }\n      ... on IntrusionSet {\n        securityCoverage {\n          id\n        }\n      }\n      ... on Incident {\n        securityCoverage {\n          id\n        }\n      }\n      ... on CaseIncident {\n        securityCoverage {\n          id\n        }\n      }\n    }\n    objectLabel {\n      id\n      value\n      color\n    }\n    objectMarking {\n      id\n      definition\n      x_opencti_color\n    }\n    createdBy {\n      __typename\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5b19e9856fc3d9e67290016759bd283d";

export default node;
