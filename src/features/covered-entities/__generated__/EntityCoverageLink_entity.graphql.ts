/**
 * @generated SignedSource<<fa2759f5015a3f695563b85cdbc66706>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type EntityCoverageLink_entity$data = {
  readonly securityCoverage?: {
    readonly " $fragmentSpreads": FragmentRefs<"EntityCoverageLink_coverage">;
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
        "args": [
          {
            "kind": "Variable",
            "name": "withStatus",
            "variableName": "withStatus"
          }
        ],
        "kind": "FragmentSpread",
        "name": "EntityCoverageLink_coverage"
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

(node as any).hash = "4d474ccb56988f2f87bcd67b6c9194c5";

export default node;
