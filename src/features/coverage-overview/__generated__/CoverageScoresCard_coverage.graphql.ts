/**
 * @generated SignedSource<<4af7eeb59e6b80b3356b84623e5ebc71>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageScoresCard_coverage$data = {
  readonly coverage_information: ReadonlyArray<{
    readonly coverage_name: string;
    readonly coverage_score: number;
  }> | null | undefined;
  readonly " $fragmentType": "CoverageScoresCard_coverage";
};
export type CoverageScoresCard_coverage$key = {
  readonly " $data"?: CoverageScoresCard_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageScoresCard_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageScoresCard_coverage",
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
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "49e4f2a81e7464d1a7ff8f533bd0699f";

export default node;
