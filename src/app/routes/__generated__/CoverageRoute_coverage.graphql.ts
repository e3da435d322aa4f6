/**
 * @generated SignedSource<<da663908a3a50d5cab8736b2d7174a11>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
export type State = "complete" | "progress" | "timeout" | "wait" | "%future added value";
import type { FragmentRefs } from "relay-runtime";
export type CoverageRoute_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly id: string;
  readonly jobs: ReadonlyArray<{
    readonly id: string;
    readonly status: State;
  } | null | undefined> | null | undefined;
  readonly name: string;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageActions_coverage" | "CoverageHeader_coverage" | "useCoverageResults_coverage">;
  readonly " $fragmentType": "CoverageRoute_coverage";
};
export type CoverageRoute_coverage$key = {
  readonly " $data"?: CoverageRoute_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageRoute_coverage">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageRoute_coverage",
  "selections": [
    (v0/*:: as any*/),
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
      "alias": null,
      "args": [
        {
          "kind": "Literal",
          "name": "first",
          "value": 100
        }
      ],
      "concreteType": "Work",
      "kind": "LinkedField",
      "name": "jobs",
      "plural": true,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "status",
          "storageKey": null
        }
      ],
      "storageKey": "jobs(first:100)"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "useCoverageResults_coverage"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "CoverageHeader_coverage"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "CoverageActions_coverage"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "0c214f167e13f627d451e4fc0c9af578";

export default node;
