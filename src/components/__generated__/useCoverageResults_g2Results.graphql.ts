/**
 * @generated SignedSource<<e569ec2c3006844865ae6edb64aef612>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type useCoverageResults_g2Results$data = ReadonlyArray<{
  readonly coverage_information: ReadonlyArray<{
    readonly coverage_name: string;
    readonly coverage_score: number;
  }> | null | undefined;
  readonly coverage_last_result: string | null | undefined;
  readonly coverage_valid_from: string | null | undefined;
  readonly coverage_valid_to: string | null | undefined;
  readonly created: string | null | undefined;
  readonly external_uri: string | null | undefined;
  readonly id: string;
  readonly name: string;
  readonly " $fragmentType": "useCoverageResults_g2Results";
}>;
export type useCoverageResults_g2Results$key = ReadonlyArray<{
  readonly " $data"?: useCoverageResults_g2Results$data;
  readonly " $fragmentSpreads": FragmentRefs<"useCoverageResults_g2Results">;
}>;

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "plural": true
  },
  "name": "useCoverageResults_g2Results",
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
      "kind": "ScalarField",
      "name": "created",
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
      "kind": "ScalarField",
      "name": "coverage_valid_from",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "coverage_valid_to",
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
    }
  ],
  "type": "SecurityCoverageResult",
  "abstractKey": null
};

(node as any).hash = "572ade3122be66fd5db27b1859a6fdf4";

export default node;
