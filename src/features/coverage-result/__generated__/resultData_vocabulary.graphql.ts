/**
 * @generated SignedSource<<c3a34bff9dea178d58b8e90c680ce146>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type resultData_vocabulary$data = {
  readonly vocabularies: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly name: string;
        readonly order: number | null | undefined;
      };
    }>;
  } | null | undefined;
  readonly " $fragmentType": "resultData_vocabulary";
};
export type resultData_vocabulary$key = {
  readonly " $data"?: resultData_vocabulary$data;
  readonly " $fragmentSpreads": FragmentRefs<"resultData_vocabulary">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "resultData_vocabulary",
  "selections": [
    {
      "alias": null,
      "args": [
        {
          "kind": "Literal",
          "name": "category",
          "value": "coverage_ov"
        }
      ],
      "concreteType": "VocabularyConnection",
      "kind": "LinkedField",
      "name": "vocabularies",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "VocabularyEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "Vocabulary",
              "kind": "LinkedField",
              "name": "node",
              "plural": false,
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
                  "name": "order",
                  "storageKey": null
                }
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "vocabularies(category:\"coverage_ov\")"
    }
  ],
  "type": "Query",
  "abstractKey": null
};

(node as any).hash = "a4e20c7889257a7c4847293f5511328d";

export default node;
