/**
 * @generated SignedSource<<1aa52f3400ebd0f624eccec2eff9c362>>
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
  readonly results: ReadonlyArray<{
    readonly created: string | null | undefined;
  }> | null | undefined;
  readonly " $fragmentType": "CoverageValidityCard_coverage";
};
export type CoverageValidityCard_coverage$key = {
  readonly " $data"?: CoverageValidityCard_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageValidityCard_coverage">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "created",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageValidityCard_coverage",
  "selections": [
    (v0/*:: as any*/),
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
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "SecurityCoverageResult",
      "kind": "LinkedField",
      "name": "results",
      "plural": true,
      "selections": [
        (v0/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "196d66635039cae9b22e7e92096b4588";

export default node;
