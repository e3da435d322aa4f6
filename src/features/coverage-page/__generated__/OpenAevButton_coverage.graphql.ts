/**
 * @generated SignedSource<<6b0ea2b6db2d2adcdfb82eb4dc48c5ff>>
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
  readonly " $fragmentType": "OpenAevButton_coverage";
};
export type OpenAevButton_coverage$key = {
  readonly " $data"?: OpenAevButton_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"OpenAevButton_coverage">;
};

const node: ReaderFragment = {
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

(node as any).hash = "4af463eb3aeff06e88acf959e6ef8f2c";

export default node;
