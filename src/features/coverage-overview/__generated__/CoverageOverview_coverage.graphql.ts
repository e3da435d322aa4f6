/**
 * @generated SignedSource<<de4ebe74131b87d0afd5c085cd6281bf>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageOverview_coverage$data = {
  readonly " $fragmentSpreads": FragmentRefs<"AttackMatrixCard_coverage" | "CoverageDetailsCard_coverage" | "CoverageResultsCard_coverage" | "CoverageScoresCard_coverage" | "CoverageValidityCard_coverage" | "TestedEntitiesCard_coverage">;
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
      "name": "TestedEntitiesCard_coverage"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "CoverageResultsCard_coverage"
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

(node as any).hash = "c4bc9146806822eebbc079e2d2c9fde7";

export default node;
