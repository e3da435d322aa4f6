/**
 * @generated SignedSource<<fa465a877ee11f046a7a704a5fdcd7ee>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type useG1CoverageResults_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
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
  readonly " $fragmentType": "useG1CoverageResults_coverage";
};
export type useG1CoverageResults_coverage$key = {
  readonly " $data"?: useG1CoverageResults_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"useG1CoverageResults_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "useG1CoverageResults_coverage",
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
      "name": "created",
      "storageKey": null
    },
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
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "6c7a70a4c0ce74b257809e4fdfe5987c";

export default node;
