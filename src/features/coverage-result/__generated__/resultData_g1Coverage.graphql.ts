/**
 * @generated SignedSource<<2480964adb7bfda6e8fa4010b7c55c4b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type resultData_g1Coverage$data = {
  readonly attackPatterns: {
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly external_uri: string | null | undefined;
  readonly placeholders: {
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly platforms: {
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly tested: {
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly vulnerabilities: {
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly " $fragmentType": "resultData_g1Coverage";
};
export type resultData_g1Coverage$key = {
  readonly " $data"?: resultData_g1Coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"resultData_g1Coverage">;
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
  "name": "resultData_g1Coverage",
  "selections": [
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
      "alias": "tested",
      "args": [
        (v0/*:: as any*/),
        (v1/*:: as any*/)
      ],
      "concreteType": "StixCoreRelationshipConnection",
      "kind": "LinkedField",
      "name": "stixCoreRelationships",
      "plural": false,
      "selections": (v2/*:: as any*/),
      "storageKey": "stixCoreRelationships(first:1,relationship_type:\"has-covered\")"
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
      "name": "stixCoreRelationships",
      "plural": false,
      "selections": (v2/*:: as any*/),
      "storageKey": "stixCoreRelationships(filters:{\"filterGroups\":[],\"filters\":[{\"key\":[\"coverage_information\"],\"operator\":\"nil\",\"values\":[]}],\"mode\":\"and\"},first:1,relationship_type:\"has-covered\")"
    },
    {
      "alias": "attackPatterns",
      "args": [
        (v0/*:: as any*/),
        (v1/*:: as any*/),
        {
          "kind": "Literal",
          "name": "toTypes",
          "value": [
            "Attack-Pattern"
          ]
        }
      ],
      "concreteType": "StixCoreRelationshipConnection",
      "kind": "LinkedField",
      "name": "stixCoreRelationships",
      "plural": false,
      "selections": (v2/*:: as any*/),
      "storageKey": "stixCoreRelationships(first:1,relationship_type:\"has-covered\",toTypes:[\"Attack-Pattern\"])"
    },
    {
      "alias": "vulnerabilities",
      "args": [
        (v0/*:: as any*/),
        (v1/*:: as any*/),
        {
          "kind": "Literal",
          "name": "toTypes",
          "value": [
            "Vulnerability"
          ]
        }
      ],
      "concreteType": "StixCoreRelationshipConnection",
      "kind": "LinkedField",
      "name": "stixCoreRelationships",
      "plural": false,
      "selections": (v2/*:: as any*/),
      "storageKey": "stixCoreRelationships(first:1,relationship_type:\"has-covered\",toTypes:[\"Vulnerability\"])"
    },
    {
      "alias": "platforms",
      "args": [
        (v0/*:: as any*/),
        (v1/*:: as any*/),
        {
          "kind": "Literal",
          "name": "toTypes",
          "value": [
            "SecurityPlatform"
          ]
        }
      ],
      "concreteType": "StixCoreRelationshipConnection",
      "kind": "LinkedField",
      "name": "stixCoreRelationships",
      "plural": false,
      "selections": (v2/*:: as any*/),
      "storageKey": "stixCoreRelationships(first:1,relationship_type:\"has-covered\",toTypes:[\"SecurityPlatform\"])"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "ca0d2da09c892ab331779cdf15ae5af1";

export default node;
