/**
 * @generated SignedSource<<12135f611e8a8a75926da3524590783d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type EntityRouteQuery$variables = {
  id: string;
};
export type EntityRouteQuery$data = {
  readonly stixCoreObject: {
    readonly entity_type: string;
    readonly id: string;
    readonly representative: {
      readonly main: string;
    };
    readonly " $fragmentSpreads": FragmentRefs<"CoveredEntityPage_entity">;
  } | null | undefined;
};
export type EntityRouteQuery = {
  response: EntityRouteQuery$data;
  variables: EntityRouteQuery$variables;
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
  "name": "entity_type",
  "storageKey": null
},
v4 = {
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
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "concreteType": "SecurityCoverage",
  "kind": "LinkedField",
  "name": "securityCoverage",
  "plural": false,
  "selections": [
    (v2/*:: as any*/),
    (v6/*:: as any*/),
    {
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
      "alias": null,
      "args": [
        {
          "kind": "Literal",
          "name": "first",
          "value": 1
        }
      ],
      "concreteType": "Work",
      "kind": "LinkedField",
      "name": "jobs",
      "plural": true,
      "selections": [
        (v2/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "status",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "WorkMessage",
          "kind": "LinkedField",
          "name": "errors",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "message",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "jobs(first:1)"
    }
  ],
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "description",
  "storageKey": null
},
v9 = [
  (v7/*:: as any*/),
  (v8/*:: as any*/)
],
v10 = {
  "kind": "Literal",
  "name": "first",
  "value": 500
},
v11 = [
  "Attack-Pattern"
],
v12 = {
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
v13 = [
  (v2/*:: as any*/)
],
v14 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "AttackPattern",
  "abstractKey": null
},
v15 = {
  "kind": "InlineFragment",
  "selections": [
    (v2/*:: as any*/),
    (v6/*:: as any*/),
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
        (v2/*:: as any*/),
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
},
v16 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "Campaign",
  "abstractKey": null
},
v17 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "CaseIncident",
  "abstractKey": null
},
v18 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "Creator",
  "abstractKey": null
},
v19 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "Grouping",
  "abstractKey": null
},
v20 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "Incident",
  "abstractKey": null
},
v21 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "Individual",
  "abstractKey": null
},
v22 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "IntrusionSet",
  "abstractKey": null
},
v23 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "KillChainPhase",
  "abstractKey": null
},
v24 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "Label",
  "abstractKey": null
},
v25 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "MarkingDefinition",
  "abstractKey": null
},
v26 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "Organization",
  "abstractKey": null
},
v27 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "Report",
  "abstractKey": null
},
v28 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "SecurityCoverage",
  "abstractKey": null
},
v29 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "SecurityCoverageResult",
  "abstractKey": null
},
v30 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "SecurityPlatform",
  "abstractKey": null
},
v31 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "StixCoreRelationship",
  "abstractKey": null
},
v32 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "StixRefRelationship",
  "abstractKey": null
},
v33 = {
  "kind": "InlineFragment",
  "selections": (v13/*:: as any*/),
  "type": "Vulnerability",
  "abstractKey": null
},
v34 = [
  "Vulnerability"
],
v35 = {
  "kind": "InlineFragment",
  "selections": [
    (v2/*:: as any*/),
    (v6/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "x_opencti_cvss_base_score",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "x_opencti_cvss_base_severity",
      "storageKey": null
    }
  ],
  "type": "Vulnerability",
  "abstractKey": null
},
v36 = [
  (v7/*:: as any*/),
  (v8/*:: as any*/),
  {
    "alias": "usedAttackPatterns",
    "args": [
      (v10/*:: as any*/),
      {
        "kind": "Literal",
        "name": "relationship_type",
        "value": "uses"
      },
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": (v11/*:: as any*/)
      }
    ],
    "concreteType": "StixCoreRelationshipConnection",
    "kind": "LinkedField",
    "name": "stixCoreRelationships",
    "plural": false,
    "selections": [
      (v12/*:: as any*/),
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
                  (v5/*:: as any*/),
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
                  (v28/*:: as any*/),
                  (v29/*:: as any*/),
                  (v30/*:: as any*/),
                  (v31/*:: as any*/),
                  (v32/*:: as any*/),
                  (v33/*:: as any*/)
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
    "alias": "targetedVulnerabilities",
    "args": [
      (v10/*:: as any*/),
      {
        "kind": "Literal",
        "name": "relationship_type",
        "value": "targets"
      },
      {
        "kind": "Literal",
        "name": "toTypes",
        "value": (v34/*:: as any*/)
      }
    ],
    "concreteType": "StixCoreRelationshipConnection",
    "kind": "LinkedField",
    "name": "stixCoreRelationships",
    "plural": false,
    "selections": [
      (v12/*:: as any*/),
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
                  (v5/*:: as any*/),
                  (v33/*:: as any*/),
                  (v35/*:: as any*/),
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
              },
              (v2/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "stixCoreRelationships(first:500,relationship_type:\"targets\",toTypes:[\"Vulnerability\"])"
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "EntityRouteQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "stixCoreObject",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "CoveredEntityPage_entity"
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "EntityRouteQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "stixCoreObject",
        "plural": false,
        "selections": [
          (v5/*:: as any*/),
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          {
            "kind": "TypeDiscriminator",
            "abstractKey": "__isStixCoreObject"
          },
          {
            "kind": "InlineFragment",
            "selections": (v9/*:: as any*/),
            "type": "Report",
            "abstractKey": null
          },
          {
            "kind": "InlineFragment",
            "selections": (v9/*:: as any*/),
            "type": "Grouping",
            "abstractKey": null
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
          {
            "kind": "InlineFragment",
            "selections": (v9/*:: as any*/),
            "type": "CaseIncident",
            "abstractKey": null
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
              (v6/*:: as any*/),
              (v2/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "Label",
            "kind": "LinkedField",
            "name": "objectLabel",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "value",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "color",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "MarkingDefinition",
            "kind": "LinkedField",
            "name": "objectMarking",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "definition",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "x_opencti_color",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          {
            "kind": "InlineFragment",
            "selections": [
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
                "name": "modified",
                "storageKey": null
              }
            ],
            "type": "StixDomainObject",
            "abstractKey": "__isStixDomainObject"
          },
          {
            "kind": "InlineFragment",
            "selections": [
              {
                "alias": "containedAttackPatterns",
                "args": [
                  (v10/*:: as any*/),
                  {
                    "kind": "Literal",
                    "name": "types",
                    "value": (v11/*:: as any*/)
                  }
                ],
                "concreteType": "StixObjectOrStixRelationshipRefConnection",
                "kind": "LinkedField",
                "name": "objects",
                "plural": false,
                "selections": [
                  (v12/*:: as any*/),
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
                          (v14/*:: as any*/),
                          (v15/*:: as any*/),
                          (v16/*:: as any*/),
                          (v17/*:: as any*/),
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
                          (v32/*:: as any*/),
                          (v33/*:: as any*/)
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
                "alias": "containedVulnerabilities",
                "args": [
                  (v10/*:: as any*/),
                  {
                    "kind": "Literal",
                    "name": "types",
                    "value": (v34/*:: as any*/)
                  }
                ],
                "concreteType": "StixObjectOrStixRelationshipRefConnection",
                "kind": "LinkedField",
                "name": "objects",
                "plural": false,
                "selections": [
                  (v12/*:: as any*/),
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
                          (v33/*:: as any*/),
                          (v35/*:: as any*/),
                          (v14/*:: as any*/),
                          (v16/*:: as any*/),
                          (v17/*:: as any*/),
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
                "storageKey": "objects(first:500,types:[\"Vulnerability\"])"
              }
            ],
            "type": "Container",
            "abstractKey": "__isContainer"
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "b83b39dc2127381af397e153018d4206",
    "id": null,
    "metadata": {},
    "name": "EntityRouteQuery",
    "operationKind": "query",
    "text": "query EntityRouteQuery(\n  $id: String!\n) {\n  stixCoreObject(id: $id) {\n    __typename\n    id\n    entity_type\n    representative {\n      main\n    }\n    ...CoveredEntityPage_entity\n  }\n}\n\nfragment AttackPatternsTable_attackPatterns on AttackPattern {\n  id\n  name\n  x_mitre_id\n  killChainPhases {\n    id\n    phase_name\n    x_opencti_order\n  }\n}\n\nfragment ContainedTestables_container on Container {\n  __isContainer: __typename\n  containedAttackPatterns: objects(types: [\"Attack-Pattern\"], first: 500) {\n    pageInfo {\n      globalCount\n    }\n    edges {\n      node {\n        __typename\n        ... on AttackPattern {\n          id\n        }\n        ...AttackPatternsTable_attackPatterns\n        ... on Campaign {\n          id\n        }\n        ... on CaseIncident {\n          id\n        }\n        ... on Grouping {\n          id\n        }\n        ... on Incident {\n          id\n        }\n        ... on Individual {\n          id\n        }\n        ... on IntrusionSet {\n          id\n        }\n        ... on KillChainPhase {\n          id\n        }\n        ... on Label {\n          id\n        }\n        ... on MarkingDefinition {\n          id\n        }\n        ... on Organization {\n          id\n        }\n        ... on Report {\n          id\n        }\n        ... on SecurityCoverage {\n          id\n        }\n        ... on SecurityCoverageResult {\n          id\n        }\n        ... on SecurityPlatform {\n          id\n        }\n        ... on StixCoreRelationship {\n          id\n        }\n        ... on StixRefRelationship {\n          id\n        }\n        ... on Vulnerability {\n          id\n        }\n      }\n    }\n  }\n  containedVulnerabilities: objects(types: [\"Vulnerability\"], first: 500) {\n    pageInfo {\n      globalCount\n    }\n    edges {\n      node {\n        __typename\n        ... on Vulnerability {\n          id\n        }\n        ...VulnerabilitiesTable_vulnerabilities\n        ... on AttackPattern {\n          id\n        }\n        ... on Campaign {\n          id\n        }\n        ... on CaseIncident {\n          id\n        }\n        ... on Grouping {\n          id\n        }\n        ... on Incident {\n          id\n        }\n        ... on Individual {\n          id\n        }\n        ... on IntrusionSet {\n          id\n        }\n        ... on KillChainPhase {\n          id\n        }\n        ... on Label {\n          id\n        }\n        ... on MarkingDefinition {\n          id\n        }\n        ... on Organization {\n          id\n        }\n        ... on Report {\n          id\n        }\n        ... on SecurityCoverage {\n          id\n        }\n        ... on SecurityCoverageResult {\n          id\n        }\n        ... on SecurityPlatform {\n          id\n        }\n        ... on StixCoreRelationship {\n          id\n        }\n        ... on StixRefRelationship {\n          id\n        }\n      }\n    }\n  }\n}\n\nfragment CoveredEntityDetails_entity on StixCoreObject {\n  __isStixCoreObject: __typename\n  createdBy {\n    __typename\n    name\n    id\n  }\n  objectLabel {\n    id\n    value\n    color\n  }\n  objectMarking {\n    id\n    definition\n    x_opencti_color\n  }\n  ... on StixDomainObject {\n    __isStixDomainObject: __typename\n    created\n    modified\n  }\n  ... on Report {\n    description\n  }\n  ... on Grouping {\n    description\n  }\n  ... on Campaign {\n    description\n  }\n  ... on IntrusionSet {\n    description\n  }\n  ... on Incident {\n    description\n  }\n  ... on CaseIncident {\n    description\n  }\n}\n\nfragment CoveredEntityPage_entity on StixCoreObject {\n  __isStixCoreObject: __typename\n  entity_type\n  representative {\n    main\n  }\n  ...EntityCoverageLink_entity_3Vwbqn\n  ...CoveredEntityDetails_entity\n  ...CoveredEntityTestables_entity\n}\n\nfragment CoveredEntityTestables_entity on StixCoreObject {\n  __isStixCoreObject: __typename\n  ...ContainedTestables_container\n  ...RelatedTestables_entity\n}\n\nfragment EntityCoverageLink_coverage_3Vwbqn on SecurityCoverage {\n  id\n  name\n  coverage_information {\n    coverage_name\n    coverage_score\n  }\n  ...EntityCoverageStatus_coverage\n}\n\nfragment EntityCoverageLink_entity_3Vwbqn on StixCoreObject {\n  __isStixCoreObject: __typename\n  ... on Report {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_3Vwbqn\n      id\n    }\n  }\n  ... on Grouping {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_3Vwbqn\n      id\n    }\n  }\n  ... on Campaign {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_3Vwbqn\n      id\n    }\n  }\n  ... on IntrusionSet {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_3Vwbqn\n      id\n    }\n  }\n  ... on Incident {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_3Vwbqn\n      id\n    }\n  }\n  ... on CaseIncident {\n    securityCoverage {\n      ...EntityCoverageLink_coverage_3Vwbqn\n      id\n    }\n  }\n}\n\nfragment EntityCoverageStatus_coverage on SecurityCoverage {\n  id\n  auto_enrichment_disable\n  external_uri\n  coverage_information {\n    coverage_name\n  }\n  jobs(first: 1) {\n    id\n    status\n    errors {\n      message\n    }\n  }\n}\n\nfragment RelatedTestables_entity on StixCoreObject {\n  __isStixCoreObject: __typename\n  ... on Campaign {\n    usedAttackPatterns: stixCoreRelationships(relationship_type: \"uses\", toTypes: [\"Attack-Pattern\"], first: 500) {\n      pageInfo {\n        globalCount\n      }\n      edges {\n        node {\n          to {\n            __typename\n            ... on AttackPattern {\n              id\n            }\n            ...AttackPatternsTable_attackPatterns\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n    targetedVulnerabilities: stixCoreRelationships(relationship_type: \"targets\", toTypes: [\"Vulnerability\"], first: 500) {\n      pageInfo {\n        globalCount\n      }\n      edges {\n        node {\n          to {\n            __typename\n            ... on Vulnerability {\n              id\n            }\n            ...VulnerabilitiesTable_vulnerabilities\n            ... on AttackPattern {\n              id\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n  }\n  ... on IntrusionSet {\n    usedAttackPatterns: stixCoreRelationships(relationship_type: \"uses\", toTypes: [\"Attack-Pattern\"], first: 500) {\n      pageInfo {\n        globalCount\n      }\n      edges {\n        node {\n          to {\n            __typename\n            ... on AttackPattern {\n              id\n            }\n            ...AttackPatternsTable_attackPatterns\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n    targetedVulnerabilities: stixCoreRelationships(relationship_type: \"targets\", toTypes: [\"Vulnerability\"], first: 500) {\n      pageInfo {\n        globalCount\n      }\n      edges {\n        node {\n          to {\n            __typename\n            ... on Vulnerability {\n              id\n            }\n            ...VulnerabilitiesTable_vulnerabilities\n            ... on AttackPattern {\n              id\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n  }\n  ... on Incident {\n    usedAttackPatterns: stixCoreRelationships(relationship_type: \"uses\", toTypes: [\"Attack-Pattern\"], first: 500) {\n      pageInfo {\n        globalCount\n      }\n      edges {\n        node {\n          to {\n            __typename\n            ... on AttackPattern {\n              id\n            }\n            ...AttackPatternsTable_attackPatterns\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n            ... on Vulnerability {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n    targetedVulnerabilities: stixCoreRelationships(relationship_type: \"targets\", toTypes: [\"Vulnerability\"], first: 500) {\n      pageInfo {\n        globalCount\n      }\n      edges {\n        node {\n          to {\n            __typename\n            ... on Vulnerability {\n              id\n            }\n            ...VulnerabilitiesTable_vulnerabilities\n            ... on AttackPattern {\n              id\n            }\n            ... on Campaign {\n              id\n            }\n            ... on CaseIncident {\n              id\n            }\n            ... on Creator {\n              id\n            }\n            ... on Grouping {\n              id\n            }\n            ... on Incident {\n              id\n            }\n            ... on Individual {\n              id\n            }\n            ... on IntrusionSet {\n              id\n            }\n            ... on KillChainPhase {\n              id\n            }\n            ... on Label {\n              id\n            }\n            ... on MarkingDefinition {\n              id\n            }\n            ... on Organization {\n              id\n            }\n            ... on Report {\n              id\n            }\n            ... on SecurityCoverage {\n              id\n            }\n            ... on SecurityCoverageResult {\n              id\n            }\n            ... on SecurityPlatform {\n              id\n            }\n            ... on StixCoreRelationship {\n              id\n            }\n            ... on StixRefRelationship {\n              id\n            }\n          }\n          id\n        }\n      }\n    }\n  }\n}\n\nfragment VulnerabilitiesTable_vulnerabilities on Vulnerability {\n  id\n  name\n  x_opencti_cvss_base_score\n  x_opencti_cvss_base_severity\n}\n"
  }
};
})();

(node as any).hash = "a2415580a345428e830a6dbf5432d523";

export default node;
