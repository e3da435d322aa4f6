/**
 * @generated SignedSource<<f8a81a2e1f5b548fac3d10ef490f687a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type RelatedTestables_entity$data = {
  readonly targetedVulnerabilities?: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly to: {
          readonly id?: string;
          readonly vulnerability: {
            readonly " $fragmentSpreads": FragmentRefs<"VulnerabilitiesTable_vulnerabilities">;
          } | null | undefined;
        } | null | undefined;
      };
    }>;
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly usedAttackPatterns?: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly to: {
          readonly attackPattern: {
            readonly " $fragmentSpreads": FragmentRefs<"AttackPatternsTable_attackPatterns">;
          } | null | undefined;
          readonly id?: string;
        } | null | undefined;
      };
    }>;
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly " $fragmentType": "RelatedTestables_entity";
};
export type RelatedTestables_entity$key = {
  readonly " $data"?: RelatedTestables_entity$data;
  readonly " $fragmentSpreads": FragmentRefs<"RelatedTestables_entity">;
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
],
v3 = [
  {
    "alias": "usedAttackPatterns",
    "args": [
      (v0/*:: as any*/),
      {
        "kind": "Literal",
        "name": "relationship_type",
        "value": "uses"
      },
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": [
          "Attack-Pattern"
        ]
      }
    ],
    "concreteType": "StixCoreRelationshipConnection",
    "kind": "LinkedField",
    "name": "stixCoreRelationships",
    "plural": false,
    "selections": [
      (v1/*:: as any*/),
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
        "storageKey": null
      }
    ],
    "storageKey": "stixCoreRelationships(first:500,relationship_type:\"uses\",toTypes:[\"Attack-Pattern\"])"
  },
  {
    "alias": "targetedVulnerabilities",
    "args": [
      (v0/*:: as any*/),
      {
        "kind": "Literal",
        "name": "relationship_type",
        "value": "targets"
      },
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": [
          "Vulnerability"
        ]
      }
    ],
    "concreteType": "StixCoreRelationshipConnection",
    "kind": "LinkedField",
    "name": "stixCoreRelationships",
    "plural": false,
    "selections": [
      (v1/*:: as any*/),
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
        "storageKey": null
      }
    ],
    "storageKey": "stixCoreRelationships(first:500,relationship_type:\"targets\",toTypes:[\"Vulnerability\"])"
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "RelatedTestables_entity",
  "selections": [
    {
      "kind": "InlineFragment",
      "selections": (v3/*:: as any*/),
      "type": "Campaign",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v3/*:: as any*/),
      "type": "IntrusionSet",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v3/*:: as any*/),
      "type": "Incident",
      "abstractKey": null
    }
  ],
  "type": "StixCoreObject",
  "abstractKey": "__isStixCoreObject"
};
})();

(node as any).hash = "efbed161abe62c0183acc8b604860241";

export default node;
