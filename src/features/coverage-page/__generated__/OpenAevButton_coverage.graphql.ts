/**
 * @generated SignedSource<<7ebc6afe1637d3a420b102159acc8482>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
export type State = "complete" | "progress" | "timeout" | "wait" | "%future added value";
import type { FragmentRefs } from "relay-runtime";
export type OpenAevButton_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly jobs: ReadonlyArray<{
    readonly id: string;
    readonly status: State;
  } | null | undefined> | null | undefined;
  readonly results: ReadonlyArray<{
    readonly external_uri: string | null | undefined;
    readonly id: string;
    readonly name: string;
  }> | null | undefined;
  readonly " $fragmentType": "OpenAevButton_coverage";
};
export type OpenAevButton_coverage$key = {
  readonly " $data"?: OpenAevButton_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"OpenAevButton_coverage">;
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
  "name": "OpenAevButton_coverage",
  "selections": [
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
          "name": "external_uri",
          "storageKey": null
        }
      ],
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
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "3ae1a60069f703b16d8a9fcf50abd55a";

export default node;
