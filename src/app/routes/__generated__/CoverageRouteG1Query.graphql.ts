/**
 * @generated SignedSource<<04e5fab6a283d8e4c21c4219b8a966c4>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageRouteG1Query$variables = {
  id: string;
};
export type CoverageRouteG1Query$data = {
  readonly securityCoverage: {
    readonly coverage_information: ReadonlyArray<{
      readonly coverage_name: string;
      readonly coverage_score: number;
    }> | null | undefined;
    readonly coverage_last_result: string | null | undefined;
    readonly external_uri: string | null | undefined;
    readonly id: string;
    readonly " $fragmentSpreads": FragmentRefs<"CoverageRoute_coverage">;
  } | null | undefined;
};
export type CoverageRouteG1Query = {
  response: CoverageRouteG1Query$data;
  variables: CoverageRouteG1Query$variables;
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
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
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
  "name": "coverage_last_result",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "external_uri",
  "storageKey": null
},
v5 = {
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
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "CoverageRouteG1Query",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "CoverageRoute_coverage"
          },
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CoverageRouteG1Query",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
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
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "created",
            "storageKey": null
          },
          (v3/*:: as any*/),
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
          },
          (v4/*:: as any*/),
          (v5/*:: as any*/),
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
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "43c9e2374fc9094dfe7e8d1303981ff5",
    "id": null,
    "metadata": {},
    "name": "CoverageRouteG1Query",
    "operationKind": "query",
    "text": "query CoverageRouteG1Query(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    ...CoverageRoute_coverage\n    id\n    coverage_last_result\n    external_uri\n    coverage_information {\n      coverage_name\n      coverage_score\n    }\n  }\n}\n\nfragment CoverageActions_coverage on SecurityCoverage {\n  id\n  name\n  ...OpenAevButton_coverage\n  ...UpdateCoverageDrawer_coverage\n}\n\nfragment CoverageHeader_coverage on SecurityCoverage {\n  id\n  name\n  auto_enrichment_disable\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  objectCovered {\n    __typename\n    id\n    entity_type\n    representative {\n      main\n    }\n  }\n  objectMarking {\n    id\n    definition\n    x_opencti_color\n  }\n  objectLabel {\n    id\n    value\n    color\n  }\n}\n\nfragment CoverageRoute_coverage on SecurityCoverage {\n  id\n  name\n  auto_enrichment_disable\n  jobs(first: 100) {\n    id\n    status\n  }\n  ...useCoverageResults_coverage\n  ...CoverageHeader_coverage\n  ...CoverageActions_coverage\n}\n\nfragment OpenAevButton_coverage on SecurityCoverage {\n  auto_enrichment_disable\n  jobs(first: 100) {\n    id\n    status\n  }\n}\n\nfragment UpdateCoverageDrawer_coverage on SecurityCoverage {\n  id\n  name\n  description\n  auto_enrichment_disable\n  periodicity\n  duration\n  type_affinity\n  platforms_affinity\n  external_uri\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  objectLabel {\n    id\n    value\n  }\n  objectMarking {\n    id\n    definition\n  }\n}\n\nfragment useCoverageResults_coverage on SecurityCoverage {\n  id\n  created\n  auto_enrichment_disable\n  coverage_last_result\n  coverage_valid_from\n  coverage_valid_to\n  external_uri\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n}\n"
  }
};
})();

(node as any).hash = "b183147aa82b968b0721a6cf2d8bb5ef";

export default node;
