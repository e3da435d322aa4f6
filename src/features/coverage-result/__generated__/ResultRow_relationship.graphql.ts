/**
 * @generated SignedSource<<c5c7dfe19baea590cf6761bc2fff690e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type ResultRow_relationship$data = {
  readonly coverage_information: ReadonlyArray<{
    readonly coverage_name: string;
    readonly coverage_score: number;
  }> | null | undefined;
  readonly id: string;
  readonly to: {
    readonly entity_type?: string;
    readonly id?: string;
    readonly name?: string;
    readonly objectLabel?: ReadonlyArray<{
      readonly color: string | null | undefined;
      readonly id: string;
      readonly value: string | null | undefined;
    }> | null | undefined;
    readonly objectMarking?: ReadonlyArray<{
      readonly definition: string | null | undefined;
      readonly id: string;
      readonly x_opencti_color: string | null | undefined;
    }> | null | undefined;
    readonly representative?: {
      readonly main: string;
    };
    readonly x_mitre_id?: string | null | undefined;
  } | null | undefined;
  readonly updated_at: string;
  readonly " $fragmentType": "ResultRow_relationship";
};
export type ResultRow_relationship$key = {
  readonly " $data"?: ResultRow_relationship$data;
  readonly " $fragmentSpreads": FragmentRefs<"ResultRow_relationship">;
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
  "name": "ResultRow_relationship",
  "selections": [
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "updated_at",
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
    },
    {
      "alias": null,
      "args": null,
      "concreteType": null,
      "kind": "LinkedField",
      "name": "to",
      "plural": false,
      "selections": [
        {
          "kind": "InlineFragment",
          "selections": [
            (v0/*:: as any*/),
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
            },
            {
              "alias": null,
              "args": null,
              "concreteType": "Label",
              "kind": "LinkedField",
              "name": "objectLabel",
              "plural": true,
              "selections": [
                (v0/*:: as any*/),
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "value",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "color",
                  "storageKey": null
                }
              ],
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "concreteType": "MarkingDefinition",
              "kind": "LinkedField",
              "name": "objectMarking",
              "plural": true,
              "selections": [
                (v0/*:: as any*/),
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "definition",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "x_opencti_color",
                  "storageKey": null
                }
              ],
              "storageKey": null
            }
          ],
          "type": "StixCoreObject",
          "abstractKey": "__isStixCoreObject"
        },
        {
          "kind": "InlineFragment",
          "selections": [
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
              "name": "x_mitre_id",
              "storageKey": null
            }
          ],
          "type": "AttackPattern",
          "abstractKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "StixCoreRelationship",
  "abstractKey": null
};
})();

(node as any).hash = "cfd9145267c54267dc4ef999a5898174";

export default node;
