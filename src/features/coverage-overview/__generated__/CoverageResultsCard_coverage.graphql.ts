/**
 * @generated SignedSource<<71dc8b8998c5ca2cf5b48487a9d18680>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageResultsCard_coverage$data = {
  readonly results: ReadonlyArray<{
    readonly coverage_information: ReadonlyArray<{
      readonly coverage_name: string;
      readonly coverage_score: number;
    }> | null | undefined;
    readonly coverage_last_result: string | null | undefined;
    readonly coverage_valid_to: string | null | undefined;
    readonly external_uri: string | null | undefined;
    readonly id: string;
    readonly name: string;
  }> | null | undefined;
  readonly " $fragmentType": "CoverageResultsCard_coverage";
};
export type CoverageResultsCard_coverage$key = {
  readonly " $data"?: CoverageResultsCard_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageResultsCard_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageResultsCard_coverage",
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "SecurityCoverageResult",
      "kind": "LinkedField",
      "name": "results",
      "plural": true,
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
          "name": "coverage_last_result",
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
      "storageKey": null
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "917bc603b417615bdb37e8ca3735b247";

export default node;
