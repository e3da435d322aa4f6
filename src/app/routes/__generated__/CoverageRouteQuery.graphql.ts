/**
 * @generated SignedSource<<437ce028f5f3556b753ed9f9ebe634fd>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type State = "complete" | "progress" | "timeout" | "wait" | "%future added value";
export type CoverageRouteQuery$variables = {
  id: string;
};
export type CoverageRouteQuery$data = {
  readonly securityCoverage: {
    readonly auto_enrichment_disable: boolean | null | undefined;
    readonly id: string;
    readonly jobs: ReadonlyArray<{
      readonly id: string;
      readonly status: State;
    } | null | undefined> | null | undefined;
    readonly name: string;
    readonly results: ReadonlyArray<{
      readonly coverage_last_result: string | null | undefined;
      readonly id: string;
    }> | null | undefined;
    readonly " $fragmentSpreads": FragmentRefs<"CoverageActions_coverage" | "CoverageHeader_coverage">;
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
  "name": "name",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "auto_enrichment_disable",
  "storageKey": null
},
v5 = {
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
  "name": "external_uri",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "CoverageRouteQuery",
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
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "SecurityCoverageResult",
            "kind": "LinkedField",
            "name": "results",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v6/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "CoverageHeader_coverage"
          },
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "CoverageActions_coverage"
          }
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
    "name": "CoverageRouteQuery",
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
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "SecurityCoverageResult",
            "kind": "LinkedField",
            "name": "results",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v6/*:: as any*/),
              (v3/*:: as any*/),
              (v7/*:: as any*/)
            ],
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
          (v7/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "5d7a37308e3fa30d2a7cf42effa3745f",
    "id": null,
    "metadata": {},
    "name": "CoverageRouteQuery",
    "operationKind": "query",
    "text": "query CoverageRouteQuery(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    id\n    name\n    auto_enrichment_disable\n    jobs(first: 100) {\n      id\n      status\n    }\n    results {\n      id\n      coverage_last_result\n    }\n    ...CoverageHeader_coverage\n    ...CoverageActions_coverage\n  }\n}\n\nfragment CoverageActions_coverage on SecurityCoverage {\n  id\n  name\n  ...OpenAevButton_coverage\n  ...UpdateCoverageDrawer_coverage\n}\n\nfragment CoverageHeader_coverage on SecurityCoverage {\n  id\n  name\n  auto_enrichment_disable\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  objectCovered {\n    __typename\n    id\n    entity_type\n    representative {\n      main\n    }\n  }\n  objectMarking {\n    id\n    definition\n    x_opencti_color\n  }\n  objectLabel {\n    id\n    value\n    color\n  }\n}\n\nfragment OpenAevButton_coverage on SecurityCoverage {\n  auto_enrichment_disable\n  results {\n    id\n    name\n    external_uri\n  }\n  jobs(first: 100) {\n    id\n    status\n  }\n}\n\nfragment UpdateCoverageDrawer_coverage on SecurityCoverage {\n  id\n  name\n  description\n  auto_enrichment_disable\n  periodicity\n  duration\n  type_affinity\n  platforms_affinity\n  external_uri\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  results {\n    id\n  }\n  objectLabel {\n    id\n    value\n  }\n  objectMarking {\n    id\n    definition\n  }\n}\n"
  }
};
})();

(node as any).hash = "30ea2163026ce104130ccfdf7924cc01";

export default node;
