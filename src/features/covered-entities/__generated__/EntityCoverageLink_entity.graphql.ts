/**
 * @generated SignedSource<<baa1538667be42b2b235bdc7a6174a52>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type EntityCoverageLink_entity$data = {
  readonly securityCoverage?: {
    readonly coverage_information: ReadonlyArray<{
      readonly coverage_name: string;
      readonly coverage_score: number;
    }> | null | undefined;
    readonly id: string;
    readonly name: string;
    readonly status?: {
      readonly " $fragmentSpreads": FragmentRefs<"EntityCoverageStatus_coverage">;
    } | null | undefined;
  } | null | undefined;
  readonly " $fragmentType": "EntityCoverageLink_entity";
};
export type EntityCoverageLink_entity$key = {
  readonly " $data"?: EntityCoverageLink_entity$data;
  readonly " $fragmentSpreads": FragmentRefs<"EntityCoverageLink_entity">;
};

const node: ReaderFragment = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "SecurityCoverage",
    "kind": "LinkedField",
    "name": "securityCoverage",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "id",
        "storageKey": null
      },
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
        "condition": "withStatus",
        "kind": "Condition",
        "passingValue": true,
        "selections": [
          {
            "fragment": {
              "kind": "InlineFragment",
              "selections": [
                {
                  "args": null,
                  "kind": "FragmentSpread",
                  "name": "EntityCoverageStatus_coverage"
                }
              ],
              "type": "SecurityCoverage",
              "abstractKey": null
            },
            "kind": "AliasedInlineFragmentSpread",
            "name": "status"
          }
        ]
      }
    ],
    "storageKey": null
  }
];
return {
  "argumentDefinitions": [
    {
      "defaultValue": false,
      "kind": "LocalArgument",
      "name": "withStatus"
    }
  ],
  "kind": "Fragment",
  "metadata": null,
  "name": "EntityCoverageLink_entity",
  "selections": [
    {
      "kind": "InlineFragment",
      "selections": (v0/*:: as any*/),
      "type": "Report",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v0/*:: as any*/),
      "type": "Grouping",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v0/*:: as any*/),
      "type": "Campaign",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v0/*:: as any*/),
      "type": "IntrusionSet",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v0/*:: as any*/),
      "type": "Incident",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v0/*:: as any*/),
      "type": "CaseIncident",
      "abstractKey": null
    }
  ],
  "type": "StixCoreObject",
  "abstractKey": "__isStixCoreObject"
};
})();

(node as any).hash = "80214eab5f3a79baa0937071f3943421";

export default node;
