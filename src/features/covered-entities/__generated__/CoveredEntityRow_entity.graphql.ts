/**
 * @generated SignedSource<<b4a5793900ad834d1301f0d4eaced071>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoveredEntityRow_entity$data = {
  readonly created?: string | null | undefined;
  readonly createdBy: {
    readonly name: string;
  } | null | undefined;
  readonly entity_type: string;
  readonly id: string;
  readonly objectLabel: ReadonlyArray<{
    readonly color: string | null | undefined;
    readonly id: string;
    readonly value: string | null | undefined;
  }> | null | undefined;
  readonly objectMarking: ReadonlyArray<{
    readonly definition: string | null | undefined;
    readonly id: string;
    readonly x_opencti_color: string | null | undefined;
  }> | null | undefined;
  readonly representative: {
    readonly main: string;
  };
  readonly " $fragmentSpreads": FragmentRefs<"EntityCoverageLink_entity">;
  readonly " $fragmentType": "CoveredEntityRow_entity";
};
export type CoveredEntityRow_entity$key = {
  readonly " $data"?: CoveredEntityRow_entity$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoveredEntityRow_entity">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoveredEntityRow_entity",
  "selections": [
    (v0/*:: as any*/),
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
      "alias": null,
      "args": null,
      "concreteType": null,
      "kind": "LinkedField",
      "name": "createdBy",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "name",
          "storageKey": null
        }
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
        (v0/*:: as any*/),
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
        (v0/*:: as any*/),
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
        }
      ],
      "type": "StixDomainObject",
      "abstractKey": "__isStixDomainObject"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "EntityCoverageLink_entity"
    }
  ],
  "type": "StixCoreObject",
  "abstractKey": "__isStixCoreObject"
};
})();

(node as any).hash = "32a321845ec3b65bdb1f7a96a0312e38";

export default node;
