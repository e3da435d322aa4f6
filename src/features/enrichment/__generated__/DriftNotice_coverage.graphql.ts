/**
 * @generated SignedSource<<7828ff086cd0568b5286730a2e8e706f>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type DriftNotice_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly coverage_last_result: string | null | undefined;
  readonly objectCovered: {
    readonly entity_type: string;
    readonly relations?: {
      readonly edges: ReadonlyArray<{
        readonly node: {
          readonly relationship_type: string;
          readonly to: {
            readonly id?: string;
            readonly x_mitre_id?: string | null | undefined;
          } | null | undefined;
        };
      }>;
    } | null | undefined;
    readonly testables?: {
      readonly edges: ReadonlyArray<{
        readonly node: {
          readonly id?: string;
          readonly x_mitre_id?: string | null | undefined;
        };
      } | null | undefined> | null | undefined;
    } | null | undefined;
  } | null | undefined;
  readonly " $fragmentType": "DriftNotice_coverage";
};
export type DriftNotice_coverage$key = {
  readonly " $data"?: DriftNotice_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"DriftNotice_coverage">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 500
},
v1 = [
  "Attack-Pattern",
  "Vulnerability"
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = [
  {
    "kind": "InlineFragment",
    "selections": [
      (v2/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "x_mitre_id",
        "storageKey": null
      }
    ],
    "type": "AttackPattern",
    "abstractKey": null
  },
  {
    "kind": "InlineFragment",
    "selections": [
      (v2/*:: as any*/)
    ],
    "type": "Vulnerability",
    "abstractKey": null
  }
],
v4 = [
  {
    "alias": "relations",
    "args": [
      (v0/*:: as any*/),
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": (v1/*:: as any*/)
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
                "kind": "ScalarField",
                "name": "relationship_type",
                "storageKey": null
              },
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
    "storageKey": "stixCoreRelationships(first:500,toTypes:[\"Attack-Pattern\",\"Vulnerability\"])"
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "DriftNotice_coverage",
  "selections": [
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
      "name": "coverage_last_result",
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
          "name": "entity_type",
          "storageKey": null
        },
        {
          "kind": "InlineFragment",
          "selections": [
            {
              "alias": "testables",
              "args": [
                (v0/*:: as any*/),
                {
                  "kind": "Literal",
                  "name": "types",
                  "value": (v1/*:: as any*/)
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
              "storageKey": "objects(first:500,types:[\"Attack-Pattern\",\"Vulnerability\"])"
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
      "storageKey": null
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "6cff2b22bea0b877601541e12a532677";

export default node;
