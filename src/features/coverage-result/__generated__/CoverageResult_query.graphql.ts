/**
 * @generated SignedSource<<37f95a2301dff16c63ccb552058f6512>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoverageResult_query$data = {
  readonly securityCoverage: {
    readonly id: string;
    readonly stixCoreRelationshipsFromResults: {
      readonly edges: ReadonlyArray<{
        readonly node: {
          readonly coverage_information: ReadonlyArray<{
            readonly coverage_score: number;
          }> | null | undefined;
          readonly id: string;
          readonly " $fragmentSpreads": FragmentRefs<"ResultRow_relationship">;
        };
      }>;
      readonly pageInfo: {
        readonly globalCount: number;
      };
    } | null | undefined;
  } | null | undefined;
  readonly vocabularies: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly name: string;
        readonly order: number | null | undefined;
      };
    }>;
  } | null | undefined;
  readonly " $fragmentType": "CoverageResult_query";
};
export type CoverageResult_query$key = {
  readonly " $data"?: CoverageResult_query$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoverageResult_query">;
};

import CoverageResultPaginationQuery_graphql from './CoverageResultPaginationQuery.graphql';

const node: ReaderFragment = (function(){
var v0 = [
  "securityCoverage",
  "stixCoreRelationshipsFromResults"
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "argumentDefinitions": [
    {
      "defaultValue": 100,
      "kind": "LocalArgument",
      "name": "count"
    },
    {
      "defaultValue": null,
      "kind": "LocalArgument",
      "name": "cursor"
    },
    {
      "defaultValue": null,
      "kind": "LocalArgument",
      "name": "filters"
    },
    {
      "defaultValue": null,
      "kind": "LocalArgument",
      "name": "id"
    },
    {
      "defaultValue": "created_at",
      "kind": "LocalArgument",
      "name": "orderBy"
    },
    {
      "defaultValue": "desc",
      "kind": "LocalArgument",
      "name": "orderMode"
    },
    {
      "defaultValue": null,
      "kind": "LocalArgument",
      "name": "search"
    }
  ],
  "kind": "Fragment",
  "metadata": {
    "connection": [
      {
        "count": "count",
        "cursor": "cursor",
        "direction": "forward",
        "path": (v0/*:: as any*/)
      }
    ],
    "refetch": {
      "connection": {
        "forward": {
          "count": "count",
          "cursor": "cursor"
        },
        "backward": null,
        "path": (v0/*:: as any*/)
      },
      "fragmentPathInResult": [],
      "operation": CoverageResultPaginationQuery_graphql
    }
  },
  "name": "CoverageResult_query",
  "selections": [
    {
      "alias": null,
      "args": [
        {
          "kind": "Variable",
          "name": "id",
          "variableName": "id"
        }
      ],
      "concreteType": "SecurityCoverage",
      "kind": "LinkedField",
      "name": "securityCoverage",
      "plural": false,
      "selections": [
        (v1/*:: as any*/),
        {
          "alias": "stixCoreRelationshipsFromResults",
          "args": [
            {
              "kind": "Variable",
              "name": "filters",
              "variableName": "filters"
            },
            {
              "kind": "Variable",
              "name": "orderBy",
              "variableName": "orderBy"
            },
            {
              "kind": "Variable",
              "name": "orderMode",
              "variableName": "orderMode"
            },
            {
              "kind": "Literal",
              "name": "relationship_type",
              "value": "has-covered"
            },
            {
              "kind": "Variable",
              "name": "search",
              "variableName": "search"
            }
          ],
          "concreteType": "StixCoreRelationshipConnection",
          "kind": "LinkedField",
          "name": "__CoverageResult_stixCoreRelationshipsFromResults_connection",
          "plural": false,
          "selections": [
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
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "endCursor",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "hasNextPage",
                  "storageKey": null
                }
              ],
              "storageKey": null
            },
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
                    (v1/*:: as any*/),
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
                          "name": "coverage_score",
                          "storageKey": null
                        }
                      ],
                      "storageKey": null
                    },
                    {
                      "args": null,
                      "kind": "FragmentSpread",
                      "name": "ResultRow_relationship"
                    },
                    {
                      "alias": null,
                      "args": null,
                      "kind": "ScalarField",
                      "name": "__typename",
                      "storageKey": null
                    }
                  ],
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "cursor",
                  "storageKey": null
                }
              ],
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
  "type": "Query",
  "abstractKey": null
};
})();

(node as any).hash = "23870b3e0e460767862dd5e284a80ac6";

export default node;
