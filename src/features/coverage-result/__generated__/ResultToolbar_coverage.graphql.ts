/**
 * @generated SignedSource<<e92dfd5f8eb085f90730e930659801e1>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type ResultToolbar_coverage$data = {
  readonly coveredEntitiesDistribution: ReadonlyArray<{
    readonly label: string;
    readonly value: number | null | undefined;
  } | null | undefined> | null | undefined;
  readonly " $fragmentType": "ResultToolbar_coverage";
};
export type ResultToolbar_coverage$key = {
  readonly " $data"?: ResultToolbar_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"ResultToolbar_coverage">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ResultToolbar_coverage",
  "selections": [
    {
      "alias": null,
      "args": [
        {
          "kind": "Literal",
          "name": "field",
          "value": "entity_type"
        },
        {
          "kind": "Literal",
          "name": "operation",
          "value": "count"
        },
        {
          "kind": "Literal",
          "name": "relationship_type",
          "value": [
            "has-covered"
          ]
        }
      ],
      "concreteType": "Distribution",
      "kind": "LinkedField",
      "name": "coveredEntitiesDistribution",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "label",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "value",
          "storageKey": null
        }
      ],
      "storageKey": "coveredEntitiesDistribution(field:\"entity_type\",operation:\"count\",relationship_type:[\"has-covered\"])"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};

(node as any).hash = "61b0c8e54710df0f87c716db30e37fa5";

export default node;
