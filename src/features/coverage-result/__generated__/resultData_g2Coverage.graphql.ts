/**
 * @generated SignedSource<<0838d7b04eaeb6bab343499e326974e3>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type resultData_g2Coverage$data = {
  readonly coveredEntitiesDistribution: ReadonlyArray<{
    readonly label: string;
    readonly value: number | null | undefined;
  } | null | undefined> | null | undefined;
  readonly placeholders: {
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly tested: {
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly " $fragmentType": "resultData_g2Coverage";
};
export type resultData_g2Coverage$key = {
  readonly " $data"?: resultData_g2Coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"resultData_g2Coverage">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 1
},
v1 = {
  "kind": "Literal",
  "name": "relationship_type",
  "value": "has-covered"
},
v2 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "PageInfo",
    "kind": "LinkedField",
    "name": "pageInfo",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "globalCount",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "resultData_g2Coverage",
  "selections": [
    {
      "alias": "tested",
      "args": [
        (v0/*:: as any*/),
        (v1/*:: as any*/)
      ],
      "concreteType": "StixCoreRelationshipConnection",
      "kind": "LinkedField",
      "name": "stixCoreRelationshipsFromResults",
      "plural": false,
      "selections": (v2/*:: as any*/),
      "storageKey": "stixCoreRelationshipsFromResults(first:1,relationship_type:\"has-covered\")"
    },
    {
      "alias": "placeholders",
      "args": [
        {
          "kind": "Literal",
          "name": "filters",
          "value": {
            "filterGroups": [],
            "filters": [
              {
                "key": [
                  "coverage_information"
                ],
                "operator": "nil",
                "values": []
              }
            ],
            "mode": "and"
          }
        },
        (v0/*:: as any*/),
        (v1/*:: as any*/)
      ],
      "concreteType": "StixCoreRelationshipConnection",
      "kind": "LinkedField",
      "name": "stixCoreRelationshipsFromResults",
      "plural": false,
      "selections": (v2/*:: as any*/),
      "storageKey": "stixCoreRelationshipsFromResults(filters:{\"filterGroups\":[],\"filters\":[{\"key\":[\"coverage_information\"],\"operator\":\"nil\",\"values\":[]}],\"mode\":\"and\"},first:1,relationship_type:\"has-covered\")"
    },
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
})();

(node as any).hash = "a98e8e8a0879b54b56524a41f2ba77f2";

export default node;
