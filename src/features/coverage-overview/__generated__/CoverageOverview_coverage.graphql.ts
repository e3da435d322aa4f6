/**
 * @generated SignedSource<<8b7e911b20cb8b77e323b16f7e4cb44a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageOverview_coverage$data = {
  readonly " $fragmentSpreads": FragmentRefs<"AttackMatrixCard_coverage" | "CoverageDetailsCard_coverage" | "CoverageScoresCard_coverage" | "CoverageValidityCard_coverage">;
  readonly " $fragmentType": "CoverageOverview_coverage";
};
export type CoverageOverview_coverage$key = {
  readonly " $data"?: CoverageOverview_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageOverview_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageOverview_coverage",
  "selections": [
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "CoverageScoresCard_coverage"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "CoverageValidityCard_coverage"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "AttackMatrixCard_coverage"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "CoverageDetailsCard_coverage"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "c521f5be45e74013df527dcf15377a6c";

export default node;
