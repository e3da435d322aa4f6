/**
 * @generated SignedSource<<013539c93f88edaf2f4812c0f97e2119>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type EntityCoverageStatusQuery$variables = {
  id: string;
};
export type EntityCoverageStatusQuery$data = {
  readonly securityCoverage: {
    readonly coverage_information: ReadonlyArray<{
      readonly coverage_name: string;
      readonly coverage_score: number;
    }> | null | undefined;
    readonly id: string;
    readonly " $fragmentSpreads": FragmentRefs<"EntityCoverageStatus_coverage">;
  } | null | undefined;
};
export type EntityCoverageStatusQuery = {
  response: EntityCoverageStatusQuery$data;
  variables: EntityCoverageStatusQuery$variables;
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
    "name": "EntityCoverageStatusQuery",
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
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "EntityCoverageStatus_coverage"
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
    "name": "EntityCoverageStatusQuery",
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
                "value": 1
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
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "WorkMessage",
                "kind": "LinkedField",
                "name": "errors",
                "plural": true,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "message",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": "jobs(first:1)"
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "e2f74af4eda5d32fa2739a8746dfa852",
    "id": null,
    "metadata": {},
    "name": "EntityCoverageStatusQuery",
    "operationKind": "query",
    "text": "query EntityCoverageStatusQuery(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    id\n    coverage_information {\n      coverage_name\n      coverage_score\n    }\n    ...EntityCoverageStatus_coverage\n  }\n}\n\nfragment EntityCoverageStatus_coverage on SecurityCoverage {\n  id\n  auto_enrichment_disable\n  external_uri\n  coverage_information {\n    coverage_name\n  }\n  jobs(first: 1) {\n    id\n    status\n    errors {\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "9f77a7377d3f6e4795f3f66996cf41e9";

export default node;
