/**
 * @generated SignedSource<<684fc155542d37160050002136e1411c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type ContainedTestables_container$data = {
  readonly containedAttackPatterns: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly attackPattern: {
          readonly " $fragmentSpreads": FragmentRefs<"AttackPatternsTable_attackPatterns">;
        } | null | undefined;
        readonly id?: string;
      };
    } | null | undefined> | null | undefined;
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly containedVulnerabilities: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id?: string;
        readonly vulnerability: {
          readonly " $fragmentSpreads": FragmentRefs<"VulnerabilitiesTable_vulnerabilities">;
        } | null | undefined;
      };
    } | null | undefined> | null | undefined;
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly " $fragmentType": "ContainedTestables_container";
};
export type ContainedTestables_container$key = {
  readonly " $data"?: ContainedTestables_container$data;
  readonly " $fragmentSpreads": FragmentRefs<"ContainedTestables_container">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 500
},
v1 = {
  "alias": null,
  "args": null,
  "concreteType": "PageInfo",
  "kind": "LinkedField",
  "name": "pageInfo",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "globalCount",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v2 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "id",
    "storageKey": null
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ContainedTestables_container",
  "selections": [
    {
      "alias": "containedAttackPatterns",
      "args": [
        (v0/*:: as any*/),
        {
          "kind": "Literal",
          "name": "types",
          "value": [
            "Attack-Pattern"
          ]
        }
      ],
      "concreteType": "StixObjectOrStixRelationshipRefConnection",
      "kind": "LinkedField",
      "name": "objects",
      "plural": false,
      "selections": [
        (v1/*:: as any*/),
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
              "selections": [
                {
                  "kind": "InlineFragment",
                  "selections": (v2/*:: as any*/),
                  "type": "AttackPattern",
                  "abstractKey": null
                },
                {
                  "fragment": {
                    "kind": "InlineFragment",
                    "selections": [
                      {
                        "args": null,
                        "kind": "FragmentSpread",
                        "name": "AttackPatternsTable_attackPatterns"
                      }
                    ],
                    "type": "AttackPattern",
                    "abstractKey": null
                  },
                  "kind": "AliasedInlineFragmentSpread",
                  "name": "attackPattern"
                }
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "objects(first:500,types:[\"Attack-Pattern\"])"
    },
    {
      "alias": "containedVulnerabilities",
      "args": [
        (v0/*:: as any*/),
        {
          "kind": "Literal",
          "name": "types",
          "value": [
            "Vulnerability"
          ]
        }
      ],
      "concreteType": "StixObjectOrStixRelationshipRefConnection",
      "kind": "LinkedField",
      "name": "objects",
      "plural": false,
      "selections": [
        (v1/*:: as any*/),
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
              "selections": [
                {
                  "kind": "InlineFragment",
                  "selections": (v2/*:: as any*/),
                  "type": "Vulnerability",
                  "abstractKey": null
                },
                {
                  "fragment": {
                    "kind": "InlineFragment",
                    "selections": [
                      {
                        "args": null,
                        "kind": "FragmentSpread",
                        "name": "VulnerabilitiesTable_vulnerabilities"
                      }
                    ],
                    "type": "Vulnerability",
                    "abstractKey": null
                  },
                  "kind": "AliasedInlineFragmentSpread",
                  "name": "vulnerability"
                }
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "objects(first:500,types:[\"Vulnerability\"])"
    }
  ],
  "type": "Container",
  "abstractKey": "__isContainer"
};
})();

(node as any).hash = "a7bc1c8db86583fbbb67ca069b10ff1a";

export default node;
