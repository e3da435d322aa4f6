/**
 * @generated SignedSource<<cceb8382b6f021ac3c970fae2ef7ecd9>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
export type State = "complete" | "progress" | "timeout" | "wait" | "%future added value";
import type { FragmentRefs } from "relay-runtime";
export type EnrichmentConnector_works$data = ReadonlyArray<{
  readonly connector: {
    readonly id: string;
  } | null | undefined;
  readonly errors: ReadonlyArray<{
    readonly message: string | null | undefined;
  } | null | undefined> | null | undefined;
  readonly id: string;
  readonly status: State;
  readonly timestamp: string;
  readonly " $fragmentSpreads": FragmentRefs<"EnrichmentWork_work">;
  readonly " $fragmentType": "EnrichmentConnector_works";
}>;
export type EnrichmentConnector_works$key = ReadonlyArray<{
  readonly " $data"?: EnrichmentConnector_works$data;
  readonly " $fragmentSpreads": FragmentRefs<"EnrichmentConnector_works">;
}>;

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
  "metadata": {
    "plural": true
  },
  "name": "EnrichmentConnector_works",
  "selections": [
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "status",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "timestamp",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "WorkMessage",
      "kind": "LinkedField",
      "name": "errors",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "message",
          "storageKey": null
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Connector",
      "kind": "LinkedField",
      "name": "connector",
      "plural": false,
      "selections": [
        (v0/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "EnrichmentWork_work"
    }
  ],
  "type": "Work",
  "abstractKey": null
};
})();

(node as any).hash = "b6437aacb48b330be7959d7a1c81a352";

export default node;
