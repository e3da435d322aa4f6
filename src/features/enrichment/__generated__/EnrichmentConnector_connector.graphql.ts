/**
 * @generated SignedSource<<3937d34dca55c5cb64fb9b5a524b6b39>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type EnrichmentConnector_connector$data = {
  readonly active: boolean | null | undefined;
  readonly id: string;
  readonly name: string;
  readonly updated_at: string | null | undefined;
  readonly " $fragmentType": "EnrichmentConnector_connector";
};
export type EnrichmentConnector_connector$key = {
  readonly " $data"?: EnrichmentConnector_connector$data;
  readonly " $fragmentSpreads": FragmentRefs<"EnrichmentConnector_connector">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "EnrichmentConnector_connector",
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
      "kind": "ScalarField",
      "name": "active",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "updated_at",
      "storageKey": null
    }
  ],
  "type": "Connector",
  "abstractKey": null
};

(node as any).hash = "41b5f150dcfe2378af1a3e60e2798639";

export default node;
