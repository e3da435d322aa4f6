/**
 * @generated SignedSource<<a93618ead33fcaba5b1a6d288f5075ad>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type ResultSummary_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
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
  readonly " $fragmentType": "ResultSummary_coverage";
};
export type ResultSummary_coverage$key = {
  readonly " $data"?: ResultSummary_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"ResultSummary_coverage">;
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
  "name": "ResultSummary_coverage",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "auto_enrichment_disable",
      "storageKey": null
    },
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
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "c4293dc32b062cb97c62b0d48e76abb5";

export default node;
