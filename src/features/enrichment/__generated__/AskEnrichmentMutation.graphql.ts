/**
 * @generated SignedSource<<cce6c39bfb7a52a668c0ccb8eab509b8>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type State = "complete" | "progress" | "timeout" | "wait" | "%future added value";
export type AskEnrichmentMutation$variables = {
  connectorId: string;
  id: string;
};
export type AskEnrichmentMutation$data = {
  readonly stixCoreObjectEdit: {
    readonly askEnrichment: {
      readonly connector: {
        readonly id: string;
      } | null | undefined;
      readonly id: string;
      readonly status: State;
      readonly timestamp: string;
      readonly " $fragmentSpreads": FragmentRefs<"EnrichmentWork_work">;
    } | null | undefined;
  } | null | undefined;
};
export type AskEnrichmentMutation = {
  response: AskEnrichmentMutation$data;
  variables: AskEnrichmentMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "connectorId"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "id"
},
v2 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v3 = [
  {
    "kind": "Variable",
    "name": "connectorId",
    "variableName": "connectorId"
  }
],
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "timestamp",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "concreteType": "Connector",
  "kind": "LinkedField",
  "name": "connector",
  "plural": false,
  "selections": [
    (v4/*:: as any*/)
  ],
  "storageKey": null
},
v8 = [
  (v6/*:: as any*/),
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "message",
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "AskEnrichmentMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "StixCoreObjectEditMutations",
        "kind": "LinkedField",
        "name": "stixCoreObjectEdit",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": (v3/*:: as any*/),
            "concreteType": "Work",
            "kind": "LinkedField",
            "name": "askEnrichment",
            "plural": false,
            "selections": [
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              {
                "args": null,
                "kind": "FragmentSpread",
                "name": "EnrichmentWork_work"
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "AskEnrichmentMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "StixCoreObjectEditMutations",
        "kind": "LinkedField",
        "name": "stixCoreObjectEdit",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": (v3/*:: as any*/),
            "concreteType": "Work",
            "kind": "LinkedField",
            "name": "askEnrichment",
            "plural": false,
            "selections": [
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
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
                "selections": (v8/*:: as any*/),
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "WorkMessage",
                "kind": "LinkedField",
                "name": "errors",
                "plural": true,
                "selections": (v8/*:: as any*/),
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "8f247edcfe5d01f4ada85810efff7853",
    "id": null,
    "metadata": {},
    "name": "AskEnrichmentMutation",
    "operationKind": "mutation",
    "text": "mutation AskEnrichmentMutation(\n  $id: ID!\n  $connectorId: ID!\n) {\n  stixCoreObjectEdit(id: $id) {\n    askEnrichment(connectorId: $connectorId) {\n      id\n      status\n      timestamp\n      connector {\n        id\n      }\n      ...EnrichmentWork_work\n    }\n  }\n}\n\nfragment EnrichmentWork_work on Work {\n  id\n  status\n  timestamp\n  completed_time\n  processed_time\n  messages {\n    timestamp\n    message\n  }\n  errors {\n    timestamp\n    message\n  }\n}\n"
  }
};
})();

(node as any).hash = "ea709b0f9628ac11f951cfc929e23227";

export default node;
