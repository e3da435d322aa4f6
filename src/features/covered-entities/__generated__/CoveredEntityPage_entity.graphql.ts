/**
 * @generated SignedSource<<755b4c78f1527fa5b7bbd660775be9f6>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoveredEntityPage_entity$data = {
  readonly entity_type: string;
  readonly representative: {
    readonly main: string;
  };
  readonly " $fragmentSpreads": FragmentRefs<"CoveredEntityDetails_entity" | "CoveredEntityTestables_entity" | "EntityCoverageLink_entity">;
  readonly " $fragmentType": "CoveredEntityPage_entity";
};
export type CoveredEntityPage_entity$key = {
  readonly " $data"?: CoveredEntityPage_entity$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoveredEntityPage_entity">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoveredEntityPage_entity",
  "selections": [
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
    },
    {
      "args": [
        {
          "kind": "Literal",
          "name": "withStatus",
          "value": true
        }
      ],
      "kind": "FragmentSpread",
      "name": "EntityCoverageLink_entity"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "CoveredEntityDetails_entity"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "CoveredEntityTestables_entity"
    }
  ],
  "type": "StixCoreObject",
  "abstractKey": "__isStixCoreObject"
};

(node as any).hash = "d714af52b1fa55efcfbf40e363a30ae7";

export default node;
