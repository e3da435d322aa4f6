/**
 * @generated SignedSource<<d9537b0f99a11d568e36a66aa1c7af4d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageOverviewRouteQuery$variables = {
  id: string;
};
export type CoverageOverviewRouteQuery$data = {
  readonly securityCoverage: {
    readonly id: string;
    readonly " $fragmentSpreads": FragmentRefs<"CoverageOverview_coverage" | "DriftNotice_coverage" | "overviewData_g2">;
  } | null | undefined;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageOverview_query">;
};
export type CoverageOverviewRouteQuery = {
  response: CoverageOverviewRouteQuery$data;
  variables: CoverageOverviewRouteQuery$variables;
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
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "created",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_last_result",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_valid_from",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "coverage_valid_to",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v9 = {
  "kind": "Literal",
  "name": "first",
  "value": 500
},
v10 = [
  "Attack-Pattern"
],
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "x_mitre_id",
  "storageKey": null
},
v13 = [
  (v2/*:: as any*/),
  (v11/*:: as any*/),
  (v12/*:: as any*/),
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
v14 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "AttackPattern",
  "abstractKey": null
},
v15 = [
  (v2/*:: as any*/)
],
v16 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "Campaign",
  "abstractKey": null
},
v17 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "CaseIncident",
  "abstractKey": null
},
v18 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "Grouping",
  "abstractKey": null
},
v19 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "Incident",
  "abstractKey": null
},
v20 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "Individual",
  "abstractKey": null
},
v21 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "IntrusionSet",
  "abstractKey": null
},
v22 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "KillChainPhase",
  "abstractKey": null
},
v23 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "Label",
  "abstractKey": null
},
v24 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "MarkingDefinition",
  "abstractKey": null
},
v25 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "Organization",
  "abstractKey": null
},
v26 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "Report",
  "abstractKey": null
},
v27 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "SecurityCoverage",
  "abstractKey": null
},
v28 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "SecurityCoverageResult",
  "abstractKey": null
},
v29 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "SecurityPlatform",
  "abstractKey": null
},
v30 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "StixCoreRelationship",
  "abstractKey": null
},
v31 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "StixRefRelationship",
  "abstractKey": null
},
v32 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "Vulnerability",
  "abstractKey": null
},
v33 = [
  "Attack-Pattern",
  "Vulnerability"
],
v34 = {
  "kind": "InlineFragment",
  "selections": [
    (v2/*:: as any*/),
    (v12/*:: as any*/)
  ],
  "type": "AttackPattern",
  "abstractKey": null
},
v35 = {
  "kind": "InlineFragment",
  "selections": (v15/*:: as any*/),
  "type": "Creator",
  "abstractKey": null
},
v36 = [
  {
    "alias": "uses",
    "args": [
      (v9/*:: as any*/),
      {
        "kind": "Literal",
        "name": "relationship_type",
        "value": "uses"
      },
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": (v10/*:: as any*/)
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
                "concreteType": null,
                "kind": "LinkedField",
                "name": "to",
                "plural": false,
                "selections": [
                  (v8/*:: as any*/),
                  (v14/*:: as any*/),
                  (v16/*:: as any*/),
                  (v17/*:: as any*/),
                  (v35/*:: as any*/),
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
                  (v28/*:: as any*/),
                  (v29/*:: as any*/),
                  (v30/*:: as any*/),
                  (v31/*:: as any*/),
                  (v32/*:: as any*/)
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
    "storageKey": "stixCoreRelationships(first:500,relationship_type:\"uses\",toTypes:[\"Attack-Pattern\"])"
  },
  {
    "alias": "relations",
    "args": [
      (v9/*:: as any*/),
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": (v33/*:: as any*/)
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
                  (v8/*:: as any*/),
                  (v34/*:: as any*/),
                  (v32/*:: as any*/),
                  (v16/*:: as any*/),
                  (v17/*:: as any*/),
                  (v35/*:: as any*/),
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
                  (v28/*:: as any*/),
                  (v29/*:: as any*/),
                  (v30/*:: as any*/),
                  (v31/*:: as any*/)
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
v37 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 5000
  },
  {
    "kind": "Literal",
    "name": "orderBy",
    "value": "created_at"
  },
  {
    "kind": "Literal",
    "name": "orderMode",
    "value": "asc"
  }
],
v38 = {
  "kind": "Literal",
  "name": "field",
  "value": "entity_type"
},
v39 = {
  "kind": "Literal",
  "name": "operation",
  "value": "count"
},
v40 = {
  "kind": "Literal",
  "name": "relationship_type",
  "value": [
    "has-covered"
  ]
},
v41 = [
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
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "CoverageOverviewRouteQuery",
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
            "name": "overviewData_g2"
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
    "name": "CoverageOverviewRouteQuery",
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
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v7/*:: as any*/),
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
              (v8/*:: as any*/),
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
                      (v9/*:: as any*/),
                      {
                        "kind": "Literal",
                        "name": "types",
                        "value": (v10/*:: as any*/)
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
                              (v8/*:: as any*/),
                              (v14/*:: as any*/),
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
                              (v28/*:: as any*/),
                              (v29/*:: as any*/),
                              (v30/*:: as any*/),
                              (v31/*:: as any*/),
                              (v32/*:: as any*/)
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
                      (v9/*:: as any*/),
                      {
                        "kind": "Literal",
                        "name": "types",
                        "value": (v33/*:: as any*/)
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
                              (v8/*:: as any*/),
                              (v34/*:: as any*/),
                              (v32/*:: as any*/),
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
                              (v28/*:: as any*/),
                              (v29/*:: as any*/),
                              (v30/*:: as any*/),
                              (v31/*:: as any*/)
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
                "selections": (v36/*:: as any*/),
                "type": "Campaign",
                "abstractKey": null
              },
              {
                "kind": "InlineFragment",
                "selections": (v36/*:: as any*/),
                "type": "IntrusionSet",
                "abstractKey": null
              },
              {
                "kind": "InlineFragment",
                "selections": (v36/*:: as any*/),
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
              (v8/*:: as any*/),
              (v11/*:: as any*/),
              (v2/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "SecurityCoverageResult",
            "kind": "LinkedField",
            "name": "results",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v11/*:: as any*/),
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "external_uri",
                "storageKey": null
              },
              (v3/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": (v37/*:: as any*/),
            "concreteType": "AttackPatternCoverages",
            "kind": "LinkedField",
            "name": "coveredAttackPatterns",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "count",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "AttackPatternCoverage",
                "kind": "LinkedField",
                "name": "entities",
                "plural": true,
                "selections": [
                  (v3/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "AttackPattern",
                    "kind": "LinkedField",
                    "name": "to",
                    "plural": false,
                    "selections": (v13/*:: as any*/),
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": "coveredAttackPatterns(first:5000,orderBy:\"created_at\",orderMode:\"asc\")"
          },
          {
            "alias": null,
            "args": (v37/*:: as any*/),
            "concreteType": "VulnerabilityCoverages",
            "kind": "LinkedField",
            "name": "coveredVulnerabilities",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "VulnerabilityCoverage",
                "kind": "LinkedField",
                "name": "entities",
                "plural": true,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Vulnerability",
                    "kind": "LinkedField",
                    "name": "to",
                    "plural": false,
                    "selections": (v15/*:: as any*/),
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": "coveredVulnerabilities(first:5000,orderBy:\"created_at\",orderMode:\"asc\")"
          },
          {
            "alias": "allTested",
            "args": [
              (v38/*:: as any*/),
              (v39/*:: as any*/),
              (v40/*:: as any*/)
            ],
            "concreteType": "Distribution",
            "kind": "LinkedField",
            "name": "coveredEntitiesDistribution",
            "plural": true,
            "selections": (v41/*:: as any*/),
            "storageKey": "coveredEntitiesDistribution(field:\"entity_type\",operation:\"count\",relationship_type:[\"has-covered\"])"
          },
          {
            "alias": "withScores",
            "args": [
              (v38/*:: as any*/),
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
              (v39/*:: as any*/),
              (v40/*:: as any*/)
            ],
            "concreteType": "Distribution",
            "kind": "LinkedField",
            "name": "coveredEntitiesDistribution",
            "plural": true,
            "selections": (v41/*:: as any*/),
            "storageKey": "coveredEntitiesDistribution(field:\"entity_type\",filters:{\"filterGroups\":[],\"filters\":[{\"key\":\"coverage_information\",\"operator\":\"not_nil\",\"values\":[]}],\"mode\":\"and\"},operation:\"count\",relationship_type:[\"has-covered\"])"
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
                  (v11/*:: as any*/),
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
    "cacheID": "4d7cafd02eb355f5ddeda24410a0d0a9",
    "id": null,
    "metadata": {},
    "name": "CoverageOverviewRouteQuery",
    "operationKind": "query",
    "text": "query CoverageOverviewRouteQuery(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    id\n    ...CoverageOverview_coverage\n    ...DriftNotice_coverage\n    ...overviewData_g2\n  }\n  ...CoverageOverview_query\n}\n\nfragment AttackMatrixCard_coverage on SecurityCoverage {\n  id\n  objectCovered {\n    __typename\n    ...entityAttackPatterns_entity\n    id\n  }\n}\n\nfragment CoverageDetailsCard_coverage on SecurityCoverage {\n  description\n  created\n  modified\n  platforms_affinity\n  type_affinity\n  createdBy {\n    __typename\n    name\n    id\n  }\n  objectCovered {\n    __typename\n    id\n    entity_type\n    representative {\n      main\n    }\n  }\n}\n\nfragment CoverageOverview_coverage on SecurityCoverage {\n  ...CoverageScoresCard_coverage\n  ...CoverageValidityCard_coverage\n  ...AttackMatrixCard_coverage\n  ...CoverageDetailsCard_coverage\n}\n\nfragment CoverageOverview_query on Query {\n  ...coverageVocabulary_query\n}\n\nfragment CoverageScoresCard_coverage on SecurityCoverage {\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n}\n\nfragment CoverageValidityCard_coverage on SecurityCoverage {\n  created\n  coverage_last_result\n  coverage_valid_from\n  coverage_valid_to\n  periodicity\n  duration\n  auto_enrichment_disable\n}\n\nfragment DriftNotice_coverage on SecurityCoverage {\n  auto_enrichment_disable\n  coverage_last_result\n  objectCovered {\n    __typename\n    entity_type\n    ... on Container {\n      __isContainer: __typename\n      testables: objects(types: [\"Attack-Pattern\", \"Vulnerability\"], first: 500) {\n        edges {\n          node {\n            __typename\n            ... on AttackPattern {\n              id\n              x_mitre_id\n            }\n            ... on Vulnerability {\n              id\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n          }\n        }\n      }\n    }\n    ... on Campaign {\n      relations: stixCoreRelationships(toTypes: [\"Attack-Pattern\", \"Vulnerability\"], first: 500) {\n        edges {\n          node {\n            relationship_type\n            to {\n              __typename\n              ... on AttackPattern {\n                id\n                x_mitre_id\n              }\n              ... on Vulnerability {\n                id\n              }\n              ... on Campaign {\n                id\n              }\n              ... on CaseIncident {\n                id\n              }\n              ... on Creator {\n                id\n              }\n              ... on Grouping {\n                id\n              }\n              ... on Incident {\n                id\n              }\n              ... on Individual {\n                id\n              }\n              ... on IntrusionSet {\n                id\n              }\n              ... on KillChainPhase {\n                id\n              }\n              ... on Label {\n                id\n              }\n              ... on MarkingDefinition {\n                id\n              }\n              ... on Organization {\n                id\n              }\n              ... on Report {\n                id\n              }\n              ... on SecurityCoverage {\n                id\n              }\n              ... on SecurityCoverageResult {\n                id\n              }\n              ... on SecurityPlatform {\n                id\n              }\n              ... on StixCoreRelationship {\n                id\n              }\n              ... on StixRefRelationship {\n                id\n              }\n            }\n            id\n          }\n        }\n      }\n    }\n    ... on IntrusionSet {\n      relations: stixCoreRelationships(toTypes: [\"Attack-Pattern\", \"Vulnerability\"], first: 500) {\n        edges {\n          node {\n            relationship_type\n            to {\n              __typename\n              ... on AttackPattern {\n                id\n                x_mitre_id\n              }\n              ... on Vulnerability {\n                id\n              }\n              ... on Campaign {\n                id\n              }\n              ... on CaseIncident {\n                id\n              }\n              ... on Creator {\n                id\n              }\n              ... on Grouping {\n                id\n              }\n              ... on Incident {\n                id\n              }\n              ... on Individual {\n                id\n              }\n              ... on IntrusionSet {\n                id\n              }\n              ... on KillChainPhase {\n                id\n              }\n              ... on Label {\n                id\n              }\n              ... on MarkingDefinition {\n                id\n              }\n              ... on Organization {\n                id\n              }\n              ... on Report {\n                id\n              }\n              ... on SecurityCoverage {\n                id\n              }\n              ... on SecurityCoverageResult {\n                id\n              }\n              ... on SecurityPlatform {\n                id\n              }\n              ... on StixCoreRelationship {\n                id\n              }\n              ... on StixRefRelationship {\n                id\n              }\n            }\n            id\n          }\n        }\n      }\n    }\n    ... on Incident {\n      relations: stixCoreRelationships(toTypes: [\"Attack-Pattern\", \"Vulnerability\"], first: 500) {\n        edges {\n          node {\n            relationship_type\n            to {\n              __typename\n              ... on AttackPattern {\n                id\n                x_mitre_id\n              }\n              ... on Vulnerability {\n                id\n              }\n              ... on Campaign {\n                id\n              }\n              ... on CaseIncident {\n                id\n              }\n              ... on Creator {\n                id\n              }\n              ... on Grouping {\n                id\n              }\n              ... on Incident {\n                id\n              }\n              ... on Individual {\n                id\n              }\n              ... on IntrusionSet {\n                id\n              }\n              ... on KillChainPhase {\n                id\n              }\n              ... on Label {\n                id\n              }\n              ... on MarkingDefinition {\n                id\n              }\n              ... on Organization {\n                id\n              }\n              ... on Report {\n                id\n              }\n              ... on SecurityCoverage {\n                id\n              }\n              ... on SecurityCoverageResult {\n                id\n              }\n              ... on SecurityPlatform {\n                id\n              }\n              ... on StixCoreRelationship {\n                id\n              }\n              ... on StixRefRelationship {\n                id\n              }\n            }\n            id\n          }\n        }\n      }\n    }\n    id\n  }\n}\n\nfragment coverageVocabulary_query on Query {\n  vocabularies(category: coverage_ov) {\n    edges {\n      node {\n        name\n        order\n        id\n      }\n    }\n  }\n}\n\nfragment entityAttackPatterns_entity on StixDomainObject {\n  __isStixDomainObject: __typename\n  ... on Container {\n    __isContainer: __typename\n    objects(types: [\"Attack-Pattern\"], first: 500) {\n      edges {\n        node {\n          __typename\n          ... on AttackPattern {\n            id\n            name\n            x_mitre_id\n            killChainPhases {\n              kill_chain_name\n              phase_name\n              x_opencti_order\n              id\n            }\n          }\n          ... on Campaign {\n            id\n          }\n          ... on CaseIncident {\n            id\n          }\n          ... on Grouping {\n            id\n          }\n          ... on Incident {\n            id\n          }\n          ... on Individual {\n            id\n          }\n          ... on IntrusionSet {\n            id\n          }\n          ... on KillChainPhase {\n            id\n          }\n          ... on Label {\n            id\n          }\n          ... on MarkingDefinition {\n            id\n          }\n          ... on Organization {\n            id\n          }\n          ... on Report {\n            id\n          }\n          ... on SecurityCoverage {\n            id\n          }\n          ... on SecurityCoverageResult {\n            id\n          }\n          ... on SecurityPlatform {\n            id\n          }\n          ... on StixCoreRelationship {\n            id\n          }\n          ... on StixRefRelationship {\n            id\n          }\n          ... on Vulnerability {\n            id\n          }\n        }\n      }\n    }\n  }\n  ... on Campaign {\n    uses: stixCoreRelationships(relationship_type: \"uses\", toTypes: [\"Attack-Pattern\"], first: 500) {\n      edges {\n        node {\n          to {\n            __typename\n            ... on AttackPattern {\n              id\n              name\n              x_mitre_id\n              killChainPhases {\n                kill_chain_name\n                phase_name\n                x_opencti_order\n                id\n              }\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n  }\n  ... on IntrusionSet {\n    uses: stixCoreRelationships(relationship_type: \"uses\", toTypes: [\"Attack-Pattern\"], first: 500) {\n      edges {\n        node {\n          to {\n            __typename\n            ... on AttackPattern {\n              id\n              name\n              x_mitre_id\n              killChainPhases {\n                kill_chain_name\n                phase_name\n                x_opencti_order\n                id\n              }\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n  }\n  ... on Incident {\n    uses: stixCoreRelationships(relationship_type: \"uses\", toTypes: [\"Attack-Pattern\"], first: 500) {\n      edges {\n        node {\n          to {\n            __typename\n            ... on AttackPattern {\n              id\n              name\n              x_mitre_id\n              killChainPhases {\n                kill_chain_name\n                phase_name\n                x_opencti_order\n                id\n              }\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n  }\n}\n\nfragment overviewData_g2 on SecurityCoverage {\n  results {\n    ...useCoverageResults_g2Results\n    id\n  }\n  coveredAttackPatterns(first: 5000, orderBy: created_at, orderMode: asc) {\n    count\n    entities {\n      coverage_information {\n        coverage_name\n        coverage_score\n      }\n      to {\n        id\n        name\n        x_mitre_id\n        killChainPhases {\n          kill_chain_name\n          phase_name\n          x_opencti_order\n          id\n        }\n      }\n    }\n  }\n  coveredVulnerabilities(first: 5000, orderBy: created_at, orderMode: asc) {\n    entities {\n      to {\n        id\n      }\n    }\n  }\n  allTested: coveredEntitiesDistribution(field: \"entity_type\", operation: count, relationship_type: [\"has-covered\"]) {\n    label\n    value\n  }\n  withScores: coveredEntitiesDistribution(field: \"entity_type\", operation: count, relationship_type: [\"has-covered\"], filters: {mode: and, filters: [{key: \"coverage_information\", operator: not_nil, values: []}], filterGroups: []}) {\n    label\n    value\n  }\n}\n\nfragment useCoverageResults_g2Results on SecurityCoverageResult {\n  id\n  name\n  created\n  coverage_last_result\n  coverage_valid_from\n  coverage_valid_to\n  external_uri\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n}\n"
  }
};
})();

(node as any).hash = "8cd2c132e15642e4507f6012ae9f4b01";

export default node;
