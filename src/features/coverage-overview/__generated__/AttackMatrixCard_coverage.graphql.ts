/**
 * @generated SignedSource<<03fa82f8a18bb003801fe0336a4e0a75>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type AttackMatrixCard_coverage$data = {
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
v1 = {
  "kind": "Literal",
  "name": "first",
  "value": 500
},
v2 = [
  "Attack-Pattern"
],
v3 = [
  {
    "kind": "InlineFragment",
    "selections": [
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
    "type": "AttackPattern",
    "abstractKey": null
  }
],
v4 = [
  {
    "alias": "uses",
    "args": [
      (v1/*:: as any*/),
      {
        "kind": "Literal",
        "name": "relationship_type",
        "value": "uses"
      },
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": (v2/*:: as any*/)
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
                "selections": (v3/*:: as any*/),
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
                    (v1/*:: as any*/),
                    {
                      "kind": "Literal",
                      "name": "types",
                      "value": (v2/*:: as any*/)
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
                          "selections": (v3/*:: as any*/),
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
              "selections": (v4/*:: as any*/),
              "type": "Campaign",
              "abstractKey": null
            },
            {
              "kind": "InlineFragment",
              "selections": (v4/*:: as any*/),
              "type": "IntrusionSet",
              "abstractKey": null
            },
            {
              "kind": "InlineFragment",
              "selections": (v4/*:: as any*/),
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

(node as any).hash = "595d0f96556f774d35d441bf5769ea6e";

export default node;
