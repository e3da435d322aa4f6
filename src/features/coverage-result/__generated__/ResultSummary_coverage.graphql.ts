/**
 * @generated SignedSource<<1f88b7a8aba265f076aed79b7aefd092>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type ResultSummary_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly " $fragmentType": "ResultSummary_coverage";
};
export type ResultSummary_coverage$key = {
  readonly " $data"?: ResultSummary_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"ResultSummary_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ResultSummary_coverage",
  "selections": [
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

(node as any).hash = "20646920a5b75d4c935381c84e46e73e";

export default node;
