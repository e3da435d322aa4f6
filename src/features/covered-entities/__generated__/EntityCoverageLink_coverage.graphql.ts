/**
 * @generated SignedSource<<843c403a04fd4cabbd2882231254e8b7>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type EntityCoverageLink_coverage$data = {
  readonly coverage_information: ReadonlyArray<{
    readonly coverage_name: string;
    readonly coverage_score: number;
  }> | null | undefined;
  readonly id: string;
  readonly name: string;
  readonly status?: {
    readonly " $fragmentSpreads": FragmentRefs<"EntityCoverageStatus_coverage">;
  } | null | undefined;
  readonly " $fragmentType": "EntityCoverageLink_coverage";
};
export type EntityCoverageLink_coverage$key = {
  readonly " $data"?: EntityCoverageLink_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"EntityCoverageLink_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [
    {
      "defaultValue": null,
      "kind": "LocalArgument",
      "name": "withStatus"
    }
  ],
  "kind": "Fragment",
  "metadata": null,
  "name": "EntityCoverageLink_coverage",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "id",
      "storageKey": null
    },
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
      "condition": "withStatus",
      "kind": "Condition",
      "passingValue": true,
      "selections": [
        {
          "fragment": {
            "kind": "InlineFragment",
            "selections": [
              {
                "args": null,
                "kind": "FragmentSpread",
                "name": "EntityCoverageStatus_coverage"
              }
            ],
            "type": "SecurityCoverage",
            "abstractKey": null
          },
          "kind": "AliasedInlineFragmentSpread",
          "name": "status"
        }
      ]
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "aa378d1ad6acdf2da3ff03bd4ef77a1d";

export default node;
