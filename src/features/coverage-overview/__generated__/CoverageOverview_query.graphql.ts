/**
 * @generated SignedSource<<7a5d079a23be7787f22834063270b347>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageOverview_query$data = {
  readonly " $fragmentSpreads": FragmentRefs<"coverageVocabulary_query">;
  readonly " $fragmentType": "CoverageOverview_query";
};
export type CoverageOverview_query$key = {
  readonly " $data"?: CoverageOverview_query$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageOverview_query">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoverageOverview_query",
  "selections": [
    {
      "kind": "InlineDataFragmentSpread",
      "name": "coverageVocabulary_query",
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
      "args": null,
      "argumentDefinitions": []
    }
  ],
  "type": "Query",
  "abstractKey": null
};

(node as any).hash = "4c759cb9255c9c63ab87808b95cd5216";

export default node;
