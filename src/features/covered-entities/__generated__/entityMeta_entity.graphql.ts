/**
 * @generated SignedSource<<7b3b2c75e0e627242a4f55f2db1c74c0>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type entityMeta_entity$data = {
  readonly created?: string | null | undefined;
  readonly createdBy: {
    readonly name: string;
  } | null | undefined;
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
  readonly " $fragmentType": "entityMeta_entity";
};
export type entityMeta_entity$key = {
  readonly " $data"?: entityMeta_entity$data;
  readonly " $fragmentSpreads": FragmentRefs<"entityMeta_entity">;
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
  "name": "entityMeta_entity",
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
        }
      ],
      "type": "StixDomainObject",
      "abstractKey": "__isStixDomainObject"
    }
  ],
  "type": "StixCoreObject",
  "abstractKey": "__isStixCoreObject"
};
})();

(node as any).hash = "9daf93ce1e6dc1a3fda664c20fa3b341";

export default node;
