/**
 * @generated SignedSource<<8b499fad717d86f1e942caa282f1dd99>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageResult_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly id: string;
  readonly name: string;
  readonly " $fragmentSpreads": FragmentRefs<"ExportMenu_coverage" | "ResultSummary_coverage">;
  readonly " $fragmentType": "CoverageResult_coverage";
};
export type CoverageResult_coverage$key = {
  readonly " $data"?: CoverageResult_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageResult_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageResult_coverage",
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
      "name": "auto_enrichment_disable",
      "storageKey": null
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "ResultSummary_coverage"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "ExportMenu_coverage"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "a97fd81b3dc1f04f8900288931349f34";

export default node;
