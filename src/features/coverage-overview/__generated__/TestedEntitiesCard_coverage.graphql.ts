/**
 * @generated SignedSource<<f260edd9dad09150d329fb7fb1982622>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type TestedEntitiesCard_coverage$data = {
  readonly allTested: ReadonlyArray<{
    readonly label: string;
    readonly value: number | null | undefined;
  } | null | undefined> | null | undefined;
  readonly withScores: ReadonlyArray<{
    readonly label: string;
    readonly value: number | null | undefined;
  } | null | undefined> | null | undefined;
  readonly " $fragmentType": "TestedEntitiesCard_coverage";
};
export type TestedEntitiesCard_coverage$key = {
  readonly " $data"?: TestedEntitiesCard_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"TestedEntitiesCard_coverage">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "kind": "Literal",
  "name": "field",
  "value": "entity_type"
},
v1 = {
  "kind": "Literal",
  "name": "operation",
  "value": "count"
},
v2 = {
  "kind": "Literal",
  "name": "relationship_type",
  "value": [
    "has-covered"
  ]
},
v3 = [
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
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "TestedEntitiesCard_coverage",
  "selections": [
    {
      "alias": "allTested",
      "args": [
        (v0/*:: as any*/),
        (v1/*:: as any*/),
        (v2/*:: as any*/)
      ],
      "concreteType": "Distribution",
      "kind": "LinkedField",
      "name": "coveredEntitiesDistribution",
      "plural": true,
      "selections": (v3/*:: as any*/),
      "storageKey": "coveredEntitiesDistribution(field:\"entity_type\",operation:\"count\",relationship_type:[\"has-covered\"])"
    },
    {
      "alias": "withScores",
      "args": [
        (v0/*:: as any*/),
        {
          "kind": "Literal",
          "name": "filters",
          "value": {
            "filterGroups": [],
            "filters": [
              {
                "key": "coverage_information",
                "operator": "not_nil",
                "values": []
              }
            ],
            "mode": "and"
          }
        },
        (v1/*:: as any*/),
        (v2/*:: as any*/)
      ],
      "concreteType": "Distribution",
      "kind": "LinkedField",
      "name": "coveredEntitiesDistribution",
      "plural": true,
      "selections": (v3/*:: as any*/),
      "storageKey": "coveredEntitiesDistribution(field:\"entity_type\",filters:{\"filterGroups\":[],\"filters\":[{\"key\":\"coverage_information\",\"operator\":\"not_nil\",\"values\":[]}],\"mode\":\"and\"},operation:\"count\",relationship_type:[\"has-covered\"])"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "6fb423e2effcfcc4feb69c71ea8beb2f";

export default node;
