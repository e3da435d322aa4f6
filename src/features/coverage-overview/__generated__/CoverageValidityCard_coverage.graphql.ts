/**
 * @generated SignedSource<<9eabcaaf3aee48e396a9c1f4dd8eb694>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageValidityCard_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly coverage_last_result: string | null | undefined;
  readonly coverage_valid_from: string | null | undefined;
  readonly coverage_valid_to: string | null | undefined;
  readonly created: string | null | undefined;
  readonly duration: string | null | undefined;
  readonly periodicity: string | null | undefined;
  readonly " $fragmentType": "CoverageValidityCard_coverage";
};
export type CoverageValidityCard_coverage$key = {
  readonly " $data"?: CoverageValidityCard_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageValidityCard_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageValidityCard_coverage",
  "selections": [
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
      "name": "periodicity",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "duration",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "auto_enrichment_disable",
      "storageKey": null
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "47000d2fd134369731e586b40e099d22";

export default node;
