/**
 * @generated SignedSource<<3121ae21150e1b410c7ec52495f3e090>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageActions_coverage$data = {
  readonly id: string;
  readonly name: string;
  readonly " $fragmentSpreads": FragmentRefs<"OpenAevButton_coverage" | "UpdateCoverageDrawer_coverage">;
  readonly " $fragmentType": "CoverageActions_coverage";
};
export type CoverageActions_coverage$key = {
  readonly " $data"?: CoverageActions_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageActions_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageActions_coverage",
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
      "args": null,
      "kind": "FragmentSpread",
      "name": "OpenAevButton_coverage"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "UpdateCoverageDrawer_coverage"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "f7bea9e2967a229e3bd66f25c1aba8cc";

export default node;
