/**
 * @generated SignedSource<<386812fe6f06f1257253e52b3be3cf31>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type RelatedTestables_vulnerabilities$data = {
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
  readonly " $fragmentType": "RelatedTestables_vulnerabilities";
};
export type RelatedTestables_vulnerabilities$key = {
  readonly " $data"?: RelatedTestables_vulnerabilities$data;
  readonly " $fragmentSpreads": FragmentRefs<"RelatedTestables_vulnerabilities">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "RelatedTestables_vulnerabilities",
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
  "type": "StixCoreRelationshipConnection",
  "abstractKey": null
};

(node as any).hash = "d71aa34f939ba08728f275cc6a46dc86";

export default node;
