/**
 * @generated SignedSource<<6b26792ce346ca8f55fcb74e8c63fbc3>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type overviewData_g1$data = {
  readonly attackPatterns: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly coverage_information: ReadonlyArray<{
          readonly coverage_name: string;
          readonly coverage_score: number;
        }> | null | undefined;
        readonly to: {
          readonly id?: string;
          readonly killChainPhases?: ReadonlyArray<{
            readonly kill_chain_name: string;
            readonly phase_name: string;
            readonly x_opencti_order: number | null | undefined;
          }> | null | undefined;
          readonly name?: string;
          readonly x_mitre_id?: string | null | undefined;
        } | null | undefined;
      };
    }>;
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly platforms: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly coverage_information: ReadonlyArray<{
          readonly coverage_name: string;
        }> | null | undefined;
      };
    }>;
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly vulnerabilities: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly coverage_information: ReadonlyArray<{
          readonly coverage_name: string;
        }> | null | undefined;
        readonly to: {
          readonly id?: string;
        } | null | undefined;
      };
    }>;
    readonly pageInfo: {
      readonly globalCount: number;
    };
  } | null | undefined;
  readonly " $fragmentSpreads": FragmentRefs<"useCoverageResults_coverage">;
  readonly " $fragmentType": "overviewData_g1";
};
export type overviewData_g1$key = {
  readonly " $data"?: overviewData_g1$data;
  readonly " $fragmentSpreads": FragmentRefs<"overviewData_g1">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 5000
},
v1 = {
  "kind": "Literal",
  "name": "orderBy",
  "value": "created_at"
},
v2 = {
  "kind": "Literal",
  "name": "orderMode",
  "value": "asc"
},
v3 = {
  "kind": "Literal",
  "name": "relationship_type",
  "value": "has-covered"
},
v4 = {
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
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_name",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "concreteType": "CoverageResult",
  "kind": "LinkedField",
  "name": "coverage_information",
  "plural": true,
  "selections": [
    (v5/*:: as any*/)
  ],
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "overviewData_g1",
  "selections": [
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "useCoverageResults_coverage"
    },
    {
      "alias": "attackPatterns",
      "args": [
        (v0/*:: as any*/),
        (v1/*:: as any*/),
        (v2/*:: as any*/),
        (v3/*:: as any*/),
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
      "selections": [
        (v4/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "concreteType": "StixCoreRelationshipEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "StixCoreRelationship",
              "kind": "LinkedField",
              "name": "node",
              "plural": false,
              "selections": [
                {
                  "alias": null,
                  "args": null,
                  "concreteType": "CoverageResult",
                  "kind": "LinkedField",
                  "name": "coverage_information",
                  "plural": true,
                  "selections": [
                    (v5/*:: as any*/),
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
                        (v6/*:: as any*/),
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
                        },
                        {
                          "alias": null,
                          "args": null,
                          "concreteType": "KillChainPhase",
                          "kind": "LinkedField",
                          "name": "killChainPhases",
                          "plural": true,
                          "selections": [
                            {
                              "alias": null,
                              "args": null,
                              "kind": "ScalarField",
                              "name": "kill_chain_name",
                              "storageKey": null
                            },
                            {
                              "alias": null,
                              "args": null,
                              "kind": "ScalarField",
                              "name": "phase_name",
                              "storageKey": null
                            },
                            {
                              "alias": null,
                              "args": null,
                              "kind": "ScalarField",
                              "name": "x_opencti_order",
                              "storageKey": null
                            }
                          ],
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
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "stixCoreRelationships(first:5000,orderBy:\"created_at\",orderMode:\"asc\",relationship_type:\"has-covered\",toTypes:[\"Attack-Pattern\"])"
    },
    {
      "alias": "vulnerabilities",
      "args": [
        (v0/*:: as any*/),
        (v1/*:: as any*/),
        (v2/*:: as any*/),
        (v3/*:: as any*/),
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
      "selections": [
        (v4/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "concreteType": "StixCoreRelationshipEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "StixCoreRelationship",
              "kind": "LinkedField",
              "name": "node",
              "plural": false,
              "selections": [
                (v7/*:: as any*/),
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
                        (v6/*:: as any*/)
                      ],
                      "type": "Vulnerability",
                      "abstractKey": null
                    }
                  ],
                  "storageKey": null
                }
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "stixCoreRelationships(first:5000,orderBy:\"created_at\",orderMode:\"asc\",relationship_type:\"has-covered\",toTypes:[\"Vulnerability\"])"
    },
    {
      "alias": "platforms",
      "args": [
        (v0/*:: as any*/),
        (v3/*:: as any*/),
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
      "selections": [
        (v4/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "concreteType": "StixCoreRelationshipEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "StixCoreRelationship",
              "kind": "LinkedField",
              "name": "node",
              "plural": false,
              "selections": [
                (v7/*:: as any*/)
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "stixCoreRelationships(first:5000,relationship_type:\"has-covered\",toTypes:[\"SecurityPlatform\"])"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "a08748bee4805ace5c1e796151522be4";

export default node;
