/**
 * @generated SignedSource<<f69a1fc615b9e665f4c6c515f6719e26>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type RelatedTestables_attackPatterns$data = {
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
  readonly " $fragmentType": "RelatedTestables_attackPatterns";
};
export type RelatedTestables_attackPatterns$key = {
  readonly " $data"?: RelatedTestables_attackPatterns$data;
  readonly " $fragmentSpreads": FragmentRefs<"RelatedTestables_attackPatterns">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "RelatedTestables_attackPatterns",
  "selections": [
    {
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
                  "selections": [
                    {
                      "alias": null,
                      "args": null,
                      "kind": "ScalarField",
                      "name": "id",
                      "storageKey": null
                    }
                  ],
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
  "type": "StixCoreRelationshipConnection",
  "abstractKey": null
};

(node as any).hash = "0c834d90b32d6887fe75cbaaafb84901";

export default node;
