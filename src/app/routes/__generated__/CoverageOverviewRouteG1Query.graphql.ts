/**
 * @generated SignedSource<<ece453dfce4d7db032ee68cec7160e39>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageOverviewRouteG1Query$variables = {
  id: string;
};
export type CoverageOverviewRouteG1Query$data = {
  readonly securityCoverage: {
    readonly id: string;
    readonly " $fragmentSpreads": FragmentRefs<"CoverageOverview_coverage" | "DriftNotice_coverage" | "overviewData_g1">;
  } | null | undefined;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageOverview_query">;
};
export type CoverageOverviewRouteG1Query = {
  response: CoverageOverviewRouteG1Query$data;
  variables: CoverageOverviewRouteG1Query$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_name",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "concreteType": "CoverageResult",
  "kind": "LinkedField",
  "name": "coverage_information",
  "plural": true,
  "selections": [
    (v3/*:: as any*/),
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
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v6 = {
  "kind": "Literal",
  "name": "first",
  "value": 500
},
v7 = [
  "Attack-Pattern"
],
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "x_mitre_id",
  "storageKey": null
},
v10 = {
  "kind": "InlineFragment",
  "selections": [
    (v2/*:: as any*/),
    (v8/*:: as any*/),
    (v9/*:: as any*/),
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
        },
        (v2/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "type": "AttackPattern",
  "abstractKey": null
},
v11 = [
  (v2/*:: as any*/)
],
v12 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Campaign",
  "abstractKey": null
},
v13 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "CaseIncident",
  "abstractKey": null
},
v14 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Grouping",
  "abstractKey": null
},
v15 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Incident",
  "abstractKey": null
},
v16 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Individual",
  "abstractKey": null
},
v17 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "IntrusionSet",
  "abstractKey": null
},
v18 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "KillChainPhase",
  "abstractKey": null
},
v19 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Label",
  "abstractKey": null
},
v20 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "MarkingDefinition",
  "abstractKey": null
},
v21 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Organization",
  "abstractKey": null
},
v22 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Report",
  "abstractKey": null
},
v23 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "SecurityCoverage",
  "abstractKey": null
},
v24 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "SecurityCoverageResult",
  "abstractKey": null
},
v25 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "SecurityPlatform",
  "abstractKey": null
},
v26 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "StixCoreRelationship",
  "abstractKey": null
},
v27 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "StixRefRelationship",
  "abstractKey": null
},
v28 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Vulnerability",
  "abstractKey": null
},
v29 = [
  "Attack-Pattern",
  "Vulnerability"
],
v30 = {
  "kind": "InlineFragment",
  "selections": [
    (v2/*:: as any*/),
    (v9/*:: as any*/)
  ],
  "type": "AttackPattern",
  "abstractKey": null
},
v31 = {
  "kind": "Literal",
  "name": "toTypes",
  "value": (v7/*:: as any*/)
},
v32 = {
  "kind": "InlineFragment",
  "selections": (v11/*:: as any*/),
  "type": "Creator",
  "abstractKey": null
},
v33 = {
  "alias": null,
  "args": null,
  "concreteType": null,
  "kind": "LinkedField",
  "name": "to",
  "plural": false,
  "selections": [
    (v5/*:: as any*/),
    (v10/*:: as any*/),
    (v12/*:: as any*/),
    (v13/*:: as any*/),
    (v32/*:: as any*/),
    (v14/*:: as any*/),
    (v15/*:: as any*/),
    (v16/*:: as any*/),
    (v17/*:: as any*/),
    (v18/*:: as any*/),
    (v19/*:: as any*/),
    (v20/*:: as any*/),
    (v21/*:: as any*/),
    (v22/*:: as any*/),
    (v23/*:: as any*/),
    (v24/*:: as any*/),
    (v25/*:: as any*/),
    (v26/*:: as any*/),
    (v27/*:: as any*/),
    (v28/*:: as any*/)
  ],
  "storageKey": null
},
v34 = [
  {
    "alias": "uses",
    "args": [
      (v6/*:: as any*/),
      {
        "kind": "Literal",
        "name": "relationship_type",
        "value": "uses"
      },
      (v31/*:: as any*/)
    ],
    "concreteType": "StixCoreRelationshipConnection",
    "kind": "LinkedField",
    "name": "stixCoreRelationships",
    "plural": false,
    "selections": [
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
              (v33/*:: as any*/),
              (v2/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "stixCoreRelationships(first:500,relationship_type:\"uses\",toTypes:[\"Attack-Pattern\"])"
  },
  {
    "alias": "relations",
    "args": [
      (v6/*:: as any*/),
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": (v29/*:: as any*/)
      }
    ],
    "concreteType": "StixCoreRelationshipConnection",
    "kind": "LinkedField",
    "name": "stixCoreRelationships",
    "plural": false,
    "selections": [
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
                "kind": "ScalarField",
                "name": "relationship_type",
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
                  (v5/*:: as any*/),
                  (v30/*:: as any*/),
                  (v28/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  (v32/*:: as any*/),
                  (v14/*:: as any*/),
                  (v15/*:: as any*/),
                  (v16/*:: as any*/),
                  (v17/*:: as any*/),
                  (v18/*:: as any*/),
                  (v19/*:: as any*/),
                  (v20/*:: as any*/),
                  (v21/*:: as any*/),
                  (v22/*:: as any*/),
                  (v23/*:: as any*/),
                  (v24/*:: as any*/),
                  (v25/*:: as any*/),
                  (v26/*:: as any*/),
                  (v27/*:: as any*/)
                ],
                "storageKey": null
              },
              (v2/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "stixCoreRelationships(first:500,toTypes:[\"Attack-Pattern\",\"Vulnerability\"])"
  }
],
v35 = {
  "kind": "Literal",
  "name": "first",
  "value": 5000
},
v36 = {
  "kind": "Literal",
  "name": "orderBy",
  "value": "created_at"
},
v37 = {
  "kind": "Literal",
  "name": "orderMode",
  "value": "asc"
},
v38 = {
  "kind": "Literal",
  "name": "relationship_type",
  "value": "has-covered"
},
v39 = {
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
v40 = {
  "alias": null,
  "args": null,
  "concreteType": "CoverageResult",
  "kind": "LinkedField",
  "name": "coverage_information",
  "plural": true,
  "selections": [
    (v3/*:: as any*/)
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "CoverageOverviewRouteG1Query",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "CoverageOverview_coverage"
          },
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "DriftNotice_coverage"
          },
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "overviewData_g1"
          }
        ],
        "storageKey": null
      },
      {
        "args": null,
        "kind": "FragmentSpread",
        "name": "CoverageOverview_query"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CoverageOverviewRouteG1Query",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "created",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "coverage_last_result",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "coverage_valid_from",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "coverage_valid_to",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "periodicity",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "duration",
            "storageKey": null
          },
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
            "concreteType": null,
            "kind": "LinkedField",
            "name": "objectCovered",
            "plural": false,
            "selections": [
              (v5/*:: as any*/),
              {
                "kind": "TypeDiscriminator",
                "abstractKey": "__isStixDomainObject"
              },
              {
                "kind": "InlineFragment",
                "selections": [
                  {
                    "alias": null,
                    "args": [
                      (v6/*:: as any*/),
                      {
                        "kind": "Literal",
                        "name": "types",
                        "value": (v7/*:: as any*/)
                      }
                    ],
                    "concreteType": "StixObjectOrStixRelationshipRefConnection",
                    "kind": "LinkedField",
                    "name": "objects",
                    "plural": false,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "StixObjectOrStixRelationshipRefEdge",
                        "kind": "LinkedField",
                        "name": "edges",
                        "plural": true,
                        "selections": [
                          {
                            "alias": null,
                            "args": null,
                            "concreteType": null,
                            "kind": "LinkedField",
                            "name": "node",
                            "plural": false,
                            "selections": [
                              (v5/*:: as any*/),
                              (v10/*:: as any*/),
                              (v12/*:: as any*/),
                              (v13/*:: as any*/),
                              (v14/*:: as any*/),
                              (v15/*:: as any*/),
                              (v16/*:: as any*/),
                              (v17/*:: as any*/),
                              (v18/*:: as any*/),
                              (v19/*:: as any*/),
                              (v20/*:: as any*/),
                              (v21/*:: as any*/),
                              (v22/*:: as any*/),
                              (v23/*:: as any*/),
                              (v24/*:: as any*/),
                              (v25/*:: as any*/),
                              (v26/*:: as any*/),
                              (v27/*:: as any*/),
                              (v28/*:: as any*/)
                            ],
                            "storageKey": null
                          }
                        ],
                        "storageKey": null
                      }
                    ],
                    "storageKey": "objects(first:500,types:[\"Attack-Pattern\"])"
                  },
                  {
                    "alias": "testables",
                    "args": [
                      (v6/*:: as any*/),
                      {
                        "kind": "Literal",
                        "name": "types",
                        "value": (v29/*:: as any*/)
                      }
                    ],
                    "concreteType": "StixObjectOrStixRelationshipRefConnection",
                    "kind": "LinkedField",
                    "name": "objects",
                    "plural": false,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "StixObjectOrStixRelationshipRefEdge",
                        "kind": "LinkedField",
                        "name": "edges",
                        "plural": true,
                        "selections": [
                          {
                            "alias": null,
                            "args": null,
                            "concreteType": null,
                            "kind": "LinkedField",
                            "name": "node",
                            "plural": false,
                            "selections": [
                              (v5/*:: as any*/),
                              (v30/*:: as any*/),
                              (v28/*:: as any*/),
                              (v12/*:: as any*/),
                              (v13/*:: as any*/),
                              (v14/*:: as any*/),
                              (v15/*:: as any*/),
                              (v16/*:: as any*/),
                              (v17/*:: as any*/),
                              (v18/*:: as any*/),
                              (v19/*:: as any*/),
                              (v20/*:: as any*/),
                              (v21/*:: as any*/),
                              (v22/*:: as any*/),
                              (v23/*:: as any*/),
                              (v24/*:: as any*/),
                              (v25/*:: as any*/),
                              (v26/*:: as any*/),
                              (v27/*:: as any*/)
                            ],
                            "storageKey": null
                          }
                        ],
                        "storageKey": null
                      }
                    ],
                    "storageKey": "objects(first:500,types:[\"Attack-Pattern\",\"Vulnerability\"])"
                  }
                ],
                "type": "Container",
                "abstractKey": "__isContainer"
              },
              {
                "kind": "InlineFragment",
                "selections": (v34/*:: as any*/),
                "type": "Campaign",
                "abstractKey": null
              },
              {
                "kind": "InlineFragment",
                "selections": (v34/*:: as any*/),
                "type": "IntrusionSet",
                "abstractKey": null
              },
              {
                "kind": "InlineFragment",
                "selections": (v34/*:: as any*/),
                "type": "Incident",
                "abstractKey": null
              },
              (v2/*:: as any*/),
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
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "description",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "modified",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "platforms_affinity",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "type_affinity",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "createdBy",
            "plural": false,
            "selections": [
              (v5/*:: as any*/),
              (v8/*:: as any*/),
              (v2/*:: as any*/)
            ],
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
            "alias": "attackPatterns",
            "args": [
              (v35/*:: as any*/),
              (v36/*:: as any*/),
              (v37/*:: as any*/),
              (v38/*:: as any*/),
              (v31/*:: as any*/)
            ],
            "concreteType": "StixCoreRelationshipConnection",
            "kind": "LinkedField",
            "name": "stixCoreRelationships",
            "plural": false,
            "selections": [
              (v39/*:: as any*/),
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
                      (v4/*:: as any*/),
                      (v33/*:: as any*/),
                      (v2/*:: as any*/)
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
              (v35/*:: as any*/),
              (v36/*:: as any*/),
              (v37/*:: as any*/),
              (v38/*:: as any*/),
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
              (v39/*:: as any*/),
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
                      (v40/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "to",
                        "plural": false,
                        "selections": [
                          (v5/*:: as any*/),
                          (v28/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": (v11/*:: as any*/),
                            "type": "AttackPattern",
                            "abstractKey": null
                          },
                          (v12/*:: as any*/),
                          (v13/*:: as any*/),
                          (v32/*:: as any*/),
                          (v14/*:: as any*/),
                          (v15/*:: as any*/),
                          (v16/*:: as any*/),
                          (v17/*:: as any*/),
                          (v18/*:: as any*/),
                          (v19/*:: as any*/),
                          (v20/*:: as any*/),
                          (v21/*:: as any*/),
                          (v22/*:: as any*/),
                          (v23/*:: as any*/),
                          (v24/*:: as any*/),
                          (v25/*:: as any*/),
                          (v26/*:: as any*/),
                          (v27/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      (v2/*:: as any*/)
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
              (v35/*:: as any*/),
              (v38/*:: as any*/),
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
              (v39/*:: as any*/),
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
                      (v40/*:: as any*/),
                      (v2/*:: as any*/)
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
        "storageKey": null
      },
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
                  (v8/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "order",
                    "storageKey": null
                  },
                  (v2/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "vocabularies(category:\"coverage_ov\")"
      }
    ]
  },
  "params": {
    "cacheID": "e4d635c6d57d20b4c4ce4330dbbe0804",
    "id": null,
    "metadata": {},
    "name": "CoverageOverviewRouteG1Query",
    "operationKind": "query",
    "text": "query CoverageOverviewRouteG1Query(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    id\n    ...CoverageOverview_coverage\n    ...DriftNotice_coverage\n    ...overviewData_g1\n  }\n  ...CoverageOverview_query\n}\n\nfragment AttackMatrixCard_coverage on SecurityCoverage {\n  id\n  objectCovered {\n    __typename\n    ...entityAttackPatterns_entity\n    id\n  }\n}\n\nfragment CoverageDetailsCard_coverage on SecurityCoverage {\n  description\n  created\n  modified\n  platforms_affinity\n  type_affinity\n  createdBy {\n    __typename\n    name\n    id\n  }\n  objectCovered {\n    __typename\n    id\n    entity_type\n    representative {\n      main\n    }\n  }\n}\n\nfragment CoverageOverview_coverage on SecurityCoverage {\n  ...CoverageScoresCard_coverage\n  ...CoverageValidityCard_coverage\n  ...AttackMatrixCard_coverage\n  ...CoverageDetailsCard_coverage\n}\n\nfragment CoverageOverview_query on Query {\n  ...coverageVocabulary_query\n}\n\nfragment CoverageScoresCard_coverage on SecurityCoverage {\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n}\n\nfragment CoverageValidityCard_coverage on SecurityCoverage {\n  created\n  coverage_last_result\n  coverage_valid_from\n  coverage_valid_to\n  periodicity\n  duration\n  auto_enrichment_disable\n}\n\nfragment DriftNotice_coverage on SecurityCoverage {\n  auto_enrichment_disable\n  coverage_last_result\n  objectCovered {\n    __typename\n    entity_type\n    ... on Container {\n      __isContainer: __typename\n      testables: objects(types: [\"Attack-Pattern\", \"Vulnerability\"], first: 500) {\n        edges {\n          node {\n            __typename\n            ... on AttackPattern {\n              id\n              x_mitre_id\n            }\n            ... on Vulnerability {\n              id\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n          }\n        }\n      }\n    }\n    ... on Campaign {\n      relations: stixCoreRelationships(toTypes: [\"Attack-Pattern\", \"Vulnerability\"], first: 500) {\n        edges {\n          node {\n            relationship_type\n            to {\n              __typename\n              ... on AttackPattern {\n                id\n                x_mitre_id\n              }\n              ... on Vulnerability {\n                id\n              }\n              ... on Campaign {\n                id\n              }\n              ... on CaseIncident {\n                id\n              }\n              ... on Creator {\n                id\n              }\n              ... on Grouping {\n                id\n              }\n              ... on Incident {\n                id\n              }\n              ... on Individual {\n                id\n              }\n              ... on IntrusionSet {\n                id\n              }\n              ... on KillChainPhase {\n                id\n              }\n              ... on Label {\n                id\n              }\n              ... on MarkingDefinition {\n                id\n              }\n              ... on Organization {\n                id\n              }\n              ... on Report {\n                id\n              }\n              ... on SecurityCoverage {\n                id\n              }\n              ... on SecurityCoverageResult {\n                id\n              }\n              ... on SecurityPlatform {\n                id\n              }\n              ... on StixCoreRelationship {\n                id\n              }\n              ... on StixRefRelationship {\n                id\n              }\n            }\n            id\n          }\n        }\n      }\n    }\n    ... on IntrusionSet {\n      relations: stixCoreRelationships(toTypes: [\"Attack-Pattern\", \"Vulnerability\"], first: 500) {\n        edges {\n          node {\n            relationship_type\n            to {\n              __typename\n              ... on AttackPattern {\n                id\n                x_mitre_id\n              }\n              ... on Vulnerability {\n                id\n              }\n              ... on Campaign {\n                id\n              }\n              ... on CaseIncident {\n                id\n              }\n              ... on Creator {\n                id\n              }\n              ... on Grouping {\n                id\n              }\n              ... on Incident {\n                id\n              }\n              ... on Individual {\n                id\n              }\n              ... on IntrusionSet {\n                id\n              }\n              ... on KillChainPhase {\n                id\n              }\n              ... on Label {\n                id\n              }\n              ... on MarkingDefinition {\n                id\n              }\n              ... on Organization {\n                id\n              }\n              ... on Report {\n                id\n              }\n              ... on SecurityCoverage {\n                id\n              }\n              ... on SecurityCoverageResult {\n                id\n              }\n              ... on SecurityPlatform {\n                id\n              }\n              ... on StixCoreRelationship {\n                id\n              }\n              ... on StixRefRelationship {\n                id\n              }\n            }\n            id\n          }\n        }\n      }\n    }\n    ... on Incident {\n      relations: stixCoreRelationships(toTypes: [\"Attack-Pattern\", \"Vulnerability\"], first: 500) {\n        edges {\n          node {\n            relationship_type\n            to {\n              __typename\n              ... on AttackPattern {\n                id\n                x_mitre_id\n              }\n              ... on Vulnerability {\n                id\n              }\n              ... on Campaign {\n                id\n              }\n              ... on CaseIncident {\n                id\n              }\n              ... on Creator {\n                id\n              }\n              ... on Grouping {\n                id\n              }\n              ... on Incident {\n                id\n              }\n              ... on Individual {\n                id\n              }\n              ... on IntrusionSet {\n                id\n              }\n              ... on KillChainPhase {\n                id\n              }\n              ... on Label {\n                id\n              }\n              ... on MarkingDefinition {\n                id\n              }\n              ... on Organization {\n                id\n              }\n              ... on Report {\n                id\n              }\n              ... on SecurityCoverage {\n                id\n              }\n              ... on SecurityCoverageResult {\n                id\n              }\n              ... on SecurityPlatform {\n                id\n              }\n              ... on StixCoreRelationship {\n                id\n              }\n              ... on StixRefRelationship {\n                id\n              }\n            }\n            id\n          }\n        }\n      }\n    }\n    id\n  }\n}\n\nfragment coverageVocabulary_query on Query {\n  vocabularies(category: coverage_ov) {\n    edges {\n      node {\n        name\n        order\n        id\n      }\n    }\n  }\n}\n\nfragment entityAttackPatterns_entity on StixDomainObject {\n  __isStixDomainObject: __typename\n  ... on Container {\n    __isContainer: __typename\n    objects(types: [\"Attack-Pattern\"], first: 500) {\n      edges {\n        node {\n          __typename\n          ... on AttackPattern {\n            id\n            name\n            x_mitre_id\n            killChainPhases {\n              kill_chain_name\n              phase_name\n              x_opencti_order\n              id\n            }\n          }\n          ... on Campaign {\n            id\n          }\n          ... on CaseIncident {\n            id\n          }\n          ... on Grouping {\n            id\n          }\n          ... on Incident {\n            id\n          }\n          ... on Individual {\n            id\n          }\n          ... on IntrusionSet {\n            id\n          }\n          ... on KillChainPhase {\n            id\n          }\n          ... on Label {\n            id\n          }\n          ... on MarkingDefinition {\n            id\n          }\n          ... on Organization {\n            id\n          }\n          ... on Report {\n            id\n          }\n          ... on SecurityCoverage {\n            id\n          }\n          ... on SecurityCoverageResult {\n            id\n          }\n          ... on SecurityPlatform {\n            id\n          }\n          ... on StixCoreRelationship {\n            id\n          }\n          ... on StixRefRelationship {\n            id\n          }\n          ... on Vulnerability {\n            id\n          }\n        }\n      }\n    }\n  }\n  ... on Campaign {\n    uses: stixCoreRelationships(relationship_type: \"uses\", toTypes: [\"Attack-Pattern\"], first: 500) {\n      edges {\n        node {\n          to {\n            __typename\n            ... on AttackPattern {\n              id\n              name\n              x_mitre_id\n              killChainPhases {\n                kill_chain_name\n                phase_name\n                x_opencti_order\n                id\n              }\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n  }\n  ... on IntrusionSet {\n    uses: stixCoreRelationships(relationship_type: \"uses\", toTypes: [\"Attack-Pattern\"], first: 500) {\n      edges {\n        node {\n          to {\n            __typename\n            ... on AttackPattern {\n              id\n              name\n              x_mitre_id\n              killChainPhases {\n                kill_chain_name\n                phase_name\n                x_opencti_order\n                id\n              }\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n  }\n  ... on Incident {\n    uses: stixCoreRelationships(relationship_type: \"uses\", toTypes: [\"Attack-Pattern\"], first: 500) {\n      edges {\n        node {\n          to {\n            __typename\n            ... on AttackPattern {\n              id\n              name\n              x_mitre_id\n              killChainPhases {\n                kill_chain_name\n                phase_name\n                x_opencti_order\n                id\n              }\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n  }\n}\n\nfragment overviewData_g1 on SecurityCoverage {\n  ...useCoverageResults_coverage\n  attackPatterns: stixCoreRelationships(relationship_type: \"has-covered\", toTypes: [\"Attack-Pattern\"], first: 5000, orderBy: created_at, orderMode: asc) {\n    pageInfo {\n      globalCount\n    }\n    edges {\n      node {\n        coverage_information {\n          coverage_name\n          coverage_score\n        }\n        to {\n          __typename\n          ... on AttackPattern {\n            id\n            name\n            x_mitre_id\n            killChainPhases {\n              kill_chain_name\n              phase_name\n              x_opencti_order\n              id\n            }\n          }\n          ... on Campaign {\n            id\n          }\n          ... on CaseIncident {\n            id\n          }\n          ... on Creator {\n            id\n          }\n          ... on Grouping {\n            id\n          }\n          ... on Incident {\n            id\n          }\n          ... on Individual {\n            id\n          }\n          ... on IntrusionSet {\n            id\n          }\n          ... on KillChainPhase {\n            id\n          }\n          ... on Label {\n            id\n          }\n          ... on MarkingDefinition {\n            id\n          }\n          ... on Organization {\n            id\n          }\n          ... on Report {\n            id\n          }\n          ... on SecurityCoverage {\n            id\n          }\n          ... on SecurityCoverageResult {\n            id\n          }\n          ... on SecurityPlatform {\n            id\n          }\n          ... on StixCoreRelationship {\n            id\n          }\n          ... on StixRefRelationship {\n            id\n          }\n          ... on Vulnerability {\n            id\n          }\n        }\n        id\n      }\n    }\n  }\n  vulnerabilities: stixCoreRelationships(relationship_type: \"has-covered\", toTypes: [\"Vulnerability\"], first: 5000, orderBy: created_at, orderMode: asc) {\n    pageInfo {\n      globalCount\n    }\n    edges {\n      node {\n        coverage_information {\n          coverage_name\n        }\n        to {\n          __typename\n          ... on Vulnerability {\n            id\n          }\n          ... on AttackPattern {\n            id\n          }\n          ... on Campaign {\n            id\n          }\n          ... on CaseIncident {\n            id\n          }\n          ... on Creator {\n            id\n          }\n          ... on Grouping {\n            id\n          }\n          ... on Incident {\n            id\n          }\n          ... on Individual {\n            id\n          }\n          ... on IntrusionSet {\n            id\n          }\n          ... on KillChainPhase {\n            id\n          }\n          ... on Label {\n            id\n          }\n          ... on MarkingDefinition {\n            id\n          }\n          ... on Organization {\n            id\n          }\n          ... on Report {\n            id\n          }\n          ... on SecurityCoverage {\n            id\n          }\n          ... on SecurityCoverageResult {\n            id\n          }\n          ... on SecurityPlatform {\n            id\n          }\n          ... on StixCoreRelationship {\n            id\n          }\n          ... on StixRefRelationship {\n            id\n          }\n        }\n        id\n      }\n    }\n  }\n  platforms: stixCoreRelationships(relationship_type: \"has-covered\", toTypes: [\"SecurityPlatform\"], first: 5000) {\n    pageInfo {\n      globalCount\n    }\n    edges {\n      node {\n        coverage_information {\n          coverage_name\n        }\n        id\n      }\n    }\n  }\n}\n\nfragment useCoverageResults_coverage on SecurityCoverage {\n  id\n  created\n  auto_enrichment_disable\n  coverage_last_result\n  coverage_valid_from\n  coverage_valid_to\n  external_uri\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n}\n"
  }
};
})();

(node as any).hash = "4865aeeb262412795e3096bf27b75b4a";

export default node;
