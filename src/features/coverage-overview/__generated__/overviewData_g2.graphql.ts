/**
 * @generated SignedSource<<9a5ff43d7c42d64d37e6589d7e8c52c7>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type overviewData_g2$data = {
  readonly allTested: ReadonlyArray<{
    readonly label: string;
    readonly value: number | null | undefined;
  } | null | undefined> | null | undefined;
  readonly coveredAttackPatterns: {
    readonly count: number;
    readonly entities: ReadonlyArray<{
      readonly coverage_information: ReadonlyArray<{
        readonly coverage_name: string;
        readonly coverage_score: number;
      }> | null | undefined;
      readonly to: {
        readonly id: string;
        readonly killChainPhases: ReadonlyArray<{
          readonly kill_chain_name: string;
          readonly phase_name: string;
          readonly x_opencti_order: number | null | undefined;
        }> | null | undefined;
        readonly name: string;
        readonly x_mitre_id: string | null | undefined;
      } | null | undefined;
    }>;
  } | null | undefined;
  readonly coveredVulnerabilities: {
    readonly entities: ReadonlyArray<{
      readonly to: {
        readonly id: string;
      } | null | undefined;
    }>;
  } | null | undefined;
  readonly results: ReadonlyArray<{
    readonly " $fragmentSpreads": FragmentRefs<"useCoverageResults_g2Results">;
  }> | null | undefined;
  readonly withScores: ReadonlyArray<{
    readonly label: string;
    readonly value: number | null | undefined;
  } | null | undefined> | null | undefined;
  readonly " $fragmentType": "overviewData_g2";
};
export type overviewData_g2$key = {
  readonly " $data"?: overviewData_g2$data;
  readonly " $fragmentSpreads": FragmentRefs<"overviewData_g2">;
};

const node: ReaderFragment = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 5000
  },
  {
    "kind": "Literal",
    "name": "orderBy",
    "value": "created_at"
  },
  {
    "kind": "Literal",
    "name": "orderMode",
    "value": "asc"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = {
  "kind": "Literal",
  "name": "field",
  "value": "entity_type"
},
v3 = {
  "kind": "Literal",
  "name": "operation",
  "value": "count"
},
v4 = {
  "kind": "Literal",
  "name": "relationship_type",
  "value": [
    "has-covered"
  ]
},
v5 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "label",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "value",
    "storageKey": null
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "overviewData_g2",
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "SecurityCoverageResult",
      "kind": "LinkedField",
      "name": "results",
      "plural": true,
      "selections": [
        {
          "args": null,
          "kind": "FragmentSpread",
          "name": "useCoverageResults_g2Results"
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": (v0/*:: as any*/),
      "concreteType": "AttackPatternCoverages",
      "kind": "LinkedField",
      "name": "coveredAttackPatterns",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "count",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "AttackPatternCoverage",
          "kind": "LinkedField",
          "name": "entities",
          "plural": true,
          "selections": [
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
              "concreteType": "AttackPattern",
              "kind": "LinkedField",
              "name": "to",
              "plural": false,
              "selections": [
                (v1/*:: as any*/),
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
                  "name": "x_mitre_id",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "concreteType": "KillChainPhase",
                  "kind": "LinkedField",
                  "name": "killChainPhases",
                  "plural": true,
                  "selections": [
                    {
                      "alias": null,
                      "args": null,
                      "kind": "ScalarField",
                      "name": "kill_chain_name",
                      "storageKey": null
                    },
                    {
                      "alias": null,
                      "args": null,
                      "kind": "ScalarField",
                      "name": "phase_name",
                      "storageKey": null
                    },
                    {
                      "alias": null,
                      "args": null,
                      "kind": "ScalarField",
                      "name": "x_opencti_order",
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
      ],
      "storageKey": "coveredAttackPatterns(first:5000,orderBy:\"created_at\",orderMode:\"asc\")"
    },
    {
      "alias": null,
      "args": (v0/*:: as any*/),
      "concreteType": "VulnerabilityCoverages",
      "kind": "LinkedField",
      "name": "coveredVulnerabilities",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "VulnerabilityCoverage",
          "kind": "LinkedField",
          "name": "entities",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "Vulnerability",
              "kind": "LinkedField",
              "name": "to",
              "plural": false,
              "selections": [
                (v1/*:: as any*/)
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "coveredVulnerabilities(first:5000,orderBy:\"created_at\",orderMode:\"asc\")"
    },
    {
      "alias": "allTested",
      "args": [
        (v2/*:: as any*/),
        (v3/*:: as any*/),
        (v4/*:: as any*/)
      ],
      "concreteType": "Distribution",
      "kind": "LinkedField",
      "name": "coveredEntitiesDistribution",
      "plural": true,
      "selections": (v5/*:: as any*/),
      "storageKey": "coveredEntitiesDistribution(field:\"entity_type\",operation:\"count\",relationship_type:[\"has-covered\"])"
    },
    {
      "alias": "withScores",
      "args": [
        (v2/*:: as any*/),
        {
          "kind": "Literal",
          "name": "filters",
          "value": {
            "filterGroups": [],
            "filters": [
              {
                "key": "coverage_information",
                "operator": "not_nil",
                "values": []
              }
            ],
            "mode": "and"
          }
        },
        (v3/*:: as any*/),
        (v4/*:: as any*/)
      ],
      "concreteType": "Distribution",
      "kind": "LinkedField",
      "name": "coveredEntitiesDistribution",
      "plural": true,
      "selections": (v5/*:: as any*/),
      "storageKey": "coveredEntitiesDistribution(field:\"entity_type\",filters:{\"filterGroups\":[],\"filters\":[{\"key\":\"coverage_information\",\"operator\":\"not_nil\",\"values\":[]}],\"mode\":\"and\"},operation:\"count\",relationship_type:[\"has-covered\"])"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "cd60d5cd1fe0e5f7c1dbe10b02cf72c4";

export default node;
