/**
 * @generated SignedSource<<71da6c6fa08101054a72d05c9ad50921>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
export type State = "complete" | "progress" | "timeout" | "wait" | "%future added value";
import type { FragmentRefs } from "relay-runtime";
export type EnrichmentWork_work$data = {
  readonly completed_time: string | null | undefined;
  readonly errors: ReadonlyArray<{
    readonly message: string | null | undefined;
    readonly timestamp: string | null | undefined;
  } | null | undefined> | null | undefined;
  readonly id: string;
  readonly messages: ReadonlyArray<{
    readonly message: string | null | undefined;
    readonly timestamp: string | null | undefined;
  } | null | undefined> | null | undefined;
  readonly processed_time: string | null | undefined;
  readonly status: State;
  readonly timestamp: string;
  readonly " $fragmentType": "EnrichmentWork_work";
};
export type EnrichmentWork_work$key = {
  readonly " $data"?: EnrichmentWork_work$data;
  readonly " $fragmentSpreads": FragmentRefs<"EnrichmentWork_work">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "timestamp",
  "storageKey": null
},
v1 = [
  (v0/*:: as any*/),
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "message",
    "storageKey": null
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "EnrichmentWork_work",
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
      "name": "status",
      "storageKey": null
    },
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "completed_time",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "processed_time",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "WorkMessage",
      "kind": "LinkedField",
      "name": "messages",
      "plural": true,
      "selections": (v1/*:: as any*/),
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "WorkMessage",
      "kind": "LinkedField",
      "name": "errors",
      "plural": true,
      "selections": (v1/*:: as any*/),
      "storageKey": null
    }
  ],
  "type": "Work",
  "abstractKey": null
};
})();

(node as any).hash = "9ad20ea81b2ff6726cc444e0bfa655ee";

export default node;
