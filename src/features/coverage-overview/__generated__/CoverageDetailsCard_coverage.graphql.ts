/**
 * @generated SignedSource<<4d029b48a88a129f73a277b604fd0219>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageDetailsCard_coverage$data = {
  readonly created: string | null | undefined;
  readonly createdBy: {
    readonly name: string;
  } | null | undefined;
  readonly description: string | null | undefined;
  readonly modified: string | null | undefined;
  readonly objectCovered: {
    readonly entity_type: string;
    readonly id: string;
    readonly representative: {
      readonly main: string;
    };
  } | null | undefined;
  readonly platforms_affinity: ReadonlyArray<string> | null | undefined;
  readonly type_affinity: string | null | undefined;
  readonly " $fragmentType": "CoverageDetailsCard_coverage";
};
export type CoverageDetailsCard_coverage$key = {
  readonly " $data"?: CoverageDetailsCard_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageDetailsCard_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageDetailsCard_coverage",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "description",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "created",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "modified",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "platforms_affinity",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "type_affinity",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": null,
      "kind": "LinkedField",
      "name": "createdBy",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "name",
          "storageKey": null
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": null,
      "kind": "LinkedField",
      "name": "objectCovered",
      "plural": false,
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
          "name": "entity_type",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "Representative",
          "kind": "LinkedField",
          "name": "representative",
          "plural": false,
          "selections": [
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "main",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "6bb144bde4327a9e7c6b9a9810883142";

export default node;
