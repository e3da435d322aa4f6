/**
 * @generated SignedSource<<b93f444c92c9d778ad05f8d138e2ddcb>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type ExportMenu_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly coverage_information: ReadonlyArray<{
    readonly coverage_name: string;
    readonly coverage_score: number;
  }> | null | undefined;
  readonly external_uri: string | null | undefined;
  readonly id: string;
  readonly name: string;
  readonly " $fragmentType": "ExportMenu_coverage";
};
export type ExportMenu_coverage$key = {
  readonly " $data"?: ExportMenu_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"ExportMenu_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ExportMenu_coverage",
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
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "external_uri",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "CoverageResult",
      "kind": "LinkedField",
      "name": "coverage_information",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "coverage_name",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "coverage_score",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "b65b54c2c486e79de64d2bd7ba596f45";

export default node;
