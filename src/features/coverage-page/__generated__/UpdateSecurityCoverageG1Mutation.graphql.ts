/**
 * @generated SignedSource<<c4a2dbd1872ca88f5696d489e1996aa9>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type EditOperation = "add" | "remove" | "replace" | "%future added value";
export type EditInput = {
  key: string;
  object_path?: string | null | undefined;
  operation?: EditOperation | null | undefined;
  value: ReadonlyArray<unknown | null | undefined>;
};
export type UpdateSecurityCoverageG1Mutation$variables = {
  id: string;
  input: ReadonlyArray<EditInput | null | undefined>;
};
export type UpdateSecurityCoverageG1Mutation$data = {
  readonly securityCoverageFieldPatch: {
    readonly id: string;
    readonly modified: string | null | undefined;
    readonly updated_at: string;
    readonly " $fragmentSpreads": FragmentRefs<"CoverageHeader_coverage" | "OpenAevButton_coverage" | "UpdateCoverageDrawer_coverage" | "useCoverageResults_coverage">;
  } | null | undefined;
};
export type UpdateSecurityCoverageG1Mutation = {
  response: UpdateSecurityCoverageG1Mutation$data;
  variables: UpdateSecurityCoverageG1Mutation$variables;
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
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  },
  {
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "modified",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "updated_at",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "UpdateSecurityCoverageG1Mutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverageFieldPatch",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "CoverageHeader_coverage"
          },
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "UpdateCoverageDrawer_coverage"
          },
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "OpenAevButton_coverage"
          },
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "useCoverageResults_coverage"
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
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "UpdateSecurityCoverageG1Mutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverageFieldPatch",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
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
          },
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "objectCovered",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "__typename",
                "storageKey": null
              },
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "entity_type",
                "storageKey": null
              },
              {
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
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "MarkingDefinition",
            "kind": "LinkedField",
            "name": "objectMarking",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
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
          {
            "alias": null,
            "args": null,
            "concreteType": "Label",
            "kind": "LinkedField",
            "name": "objectLabel",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
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
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "description",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "periodicity",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "duration",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "type_affinity",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "platforms_affinity",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "external_uri",
            "storageKey": null
          },
          {
            "alias": null,
            "args": [
              {
                "kind": "Literal",
                "name": "first",
                "value": 100
              }
            ],
            "concreteType": "Work",
            "kind": "LinkedField",
            "name": "jobs",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "status",
                "storageKey": null
              }
            ],
            "storageKey": "jobs(first:100)"
          },
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "created",
            "storageKey": null
          },
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
            "kind": "ScalarField",
            "name": "coverage_valid_from",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "coverage_valid_to",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "d01445db94fee2670526d3c163b86bfd",
    "id": null,
    "metadata": {},
    "name": "UpdateSecurityCoverageG1Mutation",
    "operationKind": "mutation",
    "text": "mutation UpdateSecurityCoverageG1Mutation(\n  $id: ID!\n  $input: [EditInput]!\n) {\n  securityCoverageFieldPatch(id: $id, input: $input) {\n    id\n    ...CoverageHeader_coverage\n    ...UpdateCoverageDrawer_coverage\n    ...OpenAevButton_coverage\n    modified\n    updated_at\n    ...useCoverageResults_coverage\n  }\n}\n\nfragment CoverageHeader_coverage on SecurityCoverage {\n  id\n  name\n  auto_enrichment_disable\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  objectCovered {\n    __typename\n    id\n    entity_type\n    representative {\n      main\n    }\n  }\n  objectMarking {\n    id\n    definition\n    x_opencti_color\n  }\n  objectLabel {\n    id\n    value\n    color\n  }\n}\n\nfragment OpenAevButton_coverage on SecurityCoverage {\n  auto_enrichment_disable\n  jobs(first: 100) {\n    id\n    status\n  }\n}\n\nfragment UpdateCoverageDrawer_coverage on SecurityCoverage {\n  id\n  name\n  description\n  auto_enrichment_disable\n  periodicity\n  duration\n  type_affinity\n  platforms_affinity\n  external_uri\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  objectLabel {\n    id\n    value\n  }\n  objectMarking {\n    id\n    definition\n  }\n}\n\nfragment useCoverageResults_coverage on SecurityCoverage {\n  id\n  created\n  auto_enrichment_disable\n  coverage_last_result\n  coverage_valid_from\n  coverage_valid_to\n  external_uri\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n}\n"
  }
};
})();

(node as any).hash = "5dbabe2fbb66d2153a7a5f4a02ea263f";

export default node;
