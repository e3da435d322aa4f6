/**
 * @generated SignedSource<<d012c613efbb8c85344c4e00f6e8ca67>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type ExportMenu_coverage$data = {
  readonly coverage_information: ReadonlyArray<{
    readonly coverage_name: string;
    readonly coverage_score: number;
  }> | null | undefined;
  readonly id: string;
  readonly name: string;
  readonly " $fragmentType": "ExportMenu_coverage";
};
export type ExportMenu_coverage$key = {
  readonly " $data"?: ExportMenu_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"ExportMenu_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ExportMenu_coverage",
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
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "a59df4c2200c5c3b16d63e44d11a3feb";

export default node;
