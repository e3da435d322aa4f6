/**
 * @generated SignedSource<<825efd6e3cc7c5b97a2ea3cd6aa79bd1>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type resultData_g1Rows$data = {
  readonly securityCoverage: {
    readonly id: string;
    readonly stixCoreRelationships: {
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
  readonly " $fragmentSpreads": FragmentRefs<"resultData_vocabulary">;
  readonly " $fragmentType": "resultData_g1Rows";
};
export type resultData_g1Rows$key = {
  readonly " $data"?: resultData_g1Rows$data;
  readonly " $fragmentSpreads": FragmentRefs<"resultData_g1Rows">;
};

import resultDataG1PaginationQuery_graphql from './resultDataG1PaginationQuery.graphql';

const node: ReaderFragment = (function(){
var v0 = [
  "securityCoverage",
  "stixCoreRelationships"
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
      "operation": resultDataG1PaginationQuery_graphql
    }
  },
  "name": "resultData_g1Rows",
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
          "alias": "stixCoreRelationships",
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
          "name": "__resultData_g1_stixCoreRelationships_connection",
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
      "args": null,
      "kind": "FragmentSpread",
      "name": "resultData_vocabulary"
    }
  ],
  "type": "Query",
  "abstractKey": null
};
})();

(node as any).hash = "c3bd396ebeac7ac4ee68745cf57ade43";

export default node;
