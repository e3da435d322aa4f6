/**
 * @generated SignedSource<<8129c4fc36434a392c0532c03b6f99c6>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type AttackMatrixCard_coverage$data = {
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
  readonly id: string;
  readonly objectCovered: {
    readonly " $fragmentSpreads": FragmentRefs<"entityAttackPatterns_entity">;
  } | null | undefined;
  readonly " $fragmentType": "AttackMatrixCard_coverage";
};
export type AttackMatrixCard_coverage$key = {
  readonly " $data"?: AttackMatrixCard_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"AttackMatrixCard_coverage">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = [
  (v0/*:: as any*/),
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
v2 = {
  "kind": "Literal",
  "name": "first",
  "value": 500
},
v3 = [
  "Attack-Pattern"
],
v4 = [
  {
    "kind": "InlineFragment",
    "selections": (v1/*:: as any*/),
    "type": "AttackPattern",
    "abstractKey": null
  }
],
v5 = [
  {
    "alias": "uses",
    "args": [
      (v2/*:: as any*/),
      {
        "kind": "Literal",
        "name": "relationship_type",
        "value": "uses"
      },
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": (v3/*:: as any*/)
      }
    ],
    "concreteType": "StixCoreRelationshipConnection",
    "kind": "LinkedField",
    "name": "stixCoreRelationships",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "StixCoreRelationshipEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "StixCoreRelationship",
            "kind": "LinkedField",
            "name": "node",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "to",
                "plural": false,
                "selections": (v4/*:: as any*/),
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "stixCoreRelationships(first:500,relationship_type:\"uses\",toTypes:[\"Attack-Pattern\"])"
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "AttackMatrixCard_coverage",
  "selections": [
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": [
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
              "selections": (v1/*:: as any*/),
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
      "args": null,
      "concreteType": null,
      "kind": "LinkedField",
      "name": "objectCovered",
      "plural": false,
      "selections": [
        {
          "kind": "InlineDataFragmentSpread",
          "name": "entityAttackPatterns_entity",
          "selections": [
            {
              "kind": "InlineFragment",
              "selections": [
                {
                  "alias": null,
                  "args": [
                    (v2/*:: as any*/),
                    {
                      "kind": "Literal",
                      "name": "types",
                      "value": (v3/*:: as any*/)
                    }
                  ],
                  "concreteType": "StixObjectOrStixRelationshipRefConnection",
                  "kind": "LinkedField",
                  "name": "objects",
                  "plural": false,
                  "selections": [
                    {
                      "alias": null,
                      "args": null,
                      "concreteType": "StixObjectOrStixRelationshipRefEdge",
                      "kind": "LinkedField",
                      "name": "edges",
                      "plural": true,
                      "selections": [
                        {
                          "alias": null,
                          "args": null,
                          "concreteType": null,
                          "kind": "LinkedField",
                          "name": "node",
                          "plural": false,
                          "selections": (v4/*:: as any*/),
                          "storageKey": null
                        }
                      ],
                      "storageKey": null
                    }
                  ],
                  "storageKey": "objects(first:500,types:[\"Attack-Pattern\"])"
                }
              ],
              "type": "Container",
              "abstractKey": "__isContainer"
            },
            {
              "kind": "InlineFragment",
              "selections": (v5/*:: as any*/),
              "type": "Campaign",
              "abstractKey": null
            },
            {
              "kind": "InlineFragment",
              "selections": (v5/*:: as any*/),
              "type": "IntrusionSet",
              "abstractKey": null
            },
            {
              "kind": "InlineFragment",
              "selections": (v5/*:: as any*/),
              "type": "Incident",
              "abstractKey": null
            }
          ],
          "args": null,
          "argumentDefinitions": []
        }
      ],
      "storageKey": null
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "b205b12d6b7cf43579b0d8bf6146c5cc";

export default node;
