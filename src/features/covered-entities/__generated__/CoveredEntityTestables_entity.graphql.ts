/**
 * @generated SignedSource<<b344369d3b2871b74543ef5027d435dc>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoveredEntityTestables_entity$data = {
  readonly container: {
    readonly " $fragmentSpreads": FragmentRefs<"ContainedTestables_container">;
  } | null | undefined;
  readonly " $fragmentSpreads": FragmentRefs<"RelatedTestables_entity">;
  readonly " $fragmentType": "CoveredEntityTestables_entity";
};
export type CoveredEntityTestables_entity$key = {
  readonly " $data"?: CoveredEntityTestables_entity$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoveredEntityTestables_entity">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoveredEntityTestables_entity",
  "selections": [
    {
      "fragment": {
        "kind": "InlineFragment",
        "selections": [
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "ContainedTestables_container"
          }
        ],
        "type": "Container",
        "abstractKey": "__isContainer"
      },
      "kind": "AliasedInlineFragmentSpread",
      "name": "container"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "RelatedTestables_entity"
    }
  ],
  "type": "StixCoreObject",
  "abstractKey": "__isStixCoreObject"
};

(node as any).hash = "5bffc7c105d8d9ca9341405bd44fbc11";

export default node;
