/**
 * @generated SignedSource<<e4de6ceca02c798c711d8f65b786aa61>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type CoveredEntityDetails_entity$data = {
  readonly created?: string | null | undefined;
  readonly createdBy: {
    readonly name: string;
  } | null | undefined;
  readonly description?: string | null | undefined;
  readonly modified?: string | null | undefined;
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
  readonly " $fragmentType": "CoveredEntityDetails_entity";
};
export type CoveredEntityDetails_entity$key = {
  readonly " $data"?: CoveredEntityDetails_entity$data;
  readonly " $fragmentSpreads": FragmentRefs<"CoveredEntityDetails_entity">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "description",
    "storageKey": null
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CoveredEntityDetails_entity",
  "selections": [
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
      "selections": (v1/*:: as any*/),
      "type": "Report",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v1/*:: as any*/),
      "type": "Grouping",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v1/*:: as any*/),
      "type": "Campaign",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v1/*:: as any*/),
      "type": "IntrusionSet",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v1/*:: as any*/),
      "type": "Incident",
      "abstractKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": (v1/*:: as any*/),
      "type": "CaseIncident",
      "abstractKey": null
    }
  ],
  "type": "StixCoreObject",
  "abstractKey": "__isStixCoreObject"
};
})();

(node as any).hash = "64c886952b906d4673afed0b8ca0ae9f";

export default node;
