/**
 * @generated SignedSource<<5ea82eb9021688b7ab367095d49a3aa3>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type ListToolbar_query$data = {
  readonly labels: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly value: string | null | undefined;
      };
    }>;
  } | null | undefined;
  readonly markingDefinitions: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly definition: string | null | undefined;
        readonly id: string;
      };
    }>;
  } | null | undefined;
  readonly " $fragmentType": "ListToolbar_query";
};
export type ListToolbar_query$key = {
  readonly " $data"?: ListToolbar_query$data;
  readonly " $fragmentSpreads": FragmentRefs<"ListToolbar_query">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "kind": "Literal",
  "name": "orderMode",
  "value": "asc"
},
v1 = {
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
  "name": "ListToolbar_query",
  "selections": [
    {
      "alias": null,
      "args": [
        {
          "kind": "Literal",
          "name": "first",
          "value": 200
        },
        {
          "kind": "Literal",
          "name": "orderBy",
          "value": "value"
        },
        (v0/*:: as any*/)
      ],
      "concreteType": "LabelConnection",
      "kind": "LinkedField",
      "name": "labels",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "LabelEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "Label",
              "kind": "LinkedField",
              "name": "node",
              "plural": false,
              "selections": [
                (v1/*:: as any*/),
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "value",
                  "storageKey": null
                }
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "labels(first:200,orderBy:\"value\",orderMode:\"asc\")"
    },
    {
      "alias": null,
      "args": [
        {
          "kind": "Literal",
          "name": "first",
          "value": 100
        },
        {
          "kind": "Literal",
          "name": "orderBy",
          "value": "x_opencti_order"
        },
        (v0/*:: as any*/)
      ],
      "concreteType": "MarkingDefinitionConnection",
      "kind": "LinkedField",
      "name": "markingDefinitions",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "MarkingDefinitionEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "MarkingDefinition",
              "kind": "LinkedField",
              "name": "node",
              "plural": false,
              "selections": [
                (v1/*:: as any*/),
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "definition",
                  "storageKey": null
                }
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "markingDefinitions(first:100,orderBy:\"x_opencti_order\",orderMode:\"asc\")"
    }
  ],
  "type": "Query",
  "abstractKey": null
};
})();

(node as any).hash = "6fe712e3cfd904eadb3dc6515fce27ef";

export default node;
