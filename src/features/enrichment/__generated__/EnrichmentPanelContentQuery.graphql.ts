/**
 * @generated SignedSource<<5ac17562205a2bacca192148d8f4f187>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type State = "complete" | "progress" | "timeout" | "wait" | "%future added value";
export type EnrichmentPanelContentQuery$variables = {
  id: string;
};
export type EnrichmentPanelContentQuery$data = {
  readonly securityCoverage: {
    readonly connectors: ReadonlyArray<{
      readonly active: boolean | null | undefined;
      readonly id: string;
      readonly " $fragmentSpreads": FragmentRefs<"EnrichmentConnector_connector">;
    } | null | undefined> | null | undefined;
    readonly id: string;
    readonly jobs: ReadonlyArray<{
      readonly connector: {
        readonly id: string;
      } | null | undefined;
      readonly id: string;
      readonly status: State;
      readonly timestamp: string;
      readonly " $fragmentSpreads": FragmentRefs<"EnrichmentConnector_works">;
    } | null | undefined> | null | undefined;
  } | null | undefined;
};
export type EnrichmentPanelContentQuery = {
  response: EnrichmentPanelContentQuery$data;
  variables: EnrichmentPanelContentQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = [
  {
    "kind": "Literal",
    "name": "onlyAlive",
    "value": false
  }
],
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "active",
  "storageKey": null
},
v5 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 100
  }
],
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "timestamp",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "concreteType": "Connector",
  "kind": "LinkedField",
  "name": "connector",
  "plural": false,
  "selections": [
    (v2/*:: as any*/)
  ],
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "message",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "EnrichmentPanelContentQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "alias": null,
            "args": (v3/*:: as any*/),
            "concreteType": "Connector",
            "kind": "LinkedField",
            "name": "connectors",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v4/*:: as any*/),
              {
                "args": null,
                "kind": "FragmentSpread",
                "name": "EnrichmentConnector_connector"
              }
            ],
            "storageKey": "connectors(onlyAlive:false)"
          },
          {
            "alias": null,
            "args": (v5/*:: as any*/),
            "concreteType": "Work",
            "kind": "LinkedField",
            "name": "jobs",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              {
                "args": null,
                "kind": "FragmentSpread",
                "name": "EnrichmentConnector_works"
              }
            ],
            "storageKey": "jobs(first:100)"
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "EnrichmentPanelContentQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "SecurityCoverage",
        "kind": "LinkedField",
        "name": "securityCoverage",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "alias": null,
            "args": (v3/*:: as any*/),
            "concreteType": "Connector",
            "kind": "LinkedField",
            "name": "connectors",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v4/*:: as any*/),
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
                "name": "updated_at",
                "storageKey": null
              }
            ],
            "storageKey": "connectors(onlyAlive:false)"
          },
          {
            "alias": null,
            "args": (v5/*:: as any*/),
            "concreteType": "Work",
            "kind": "LinkedField",
            "name": "jobs",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "WorkMessage",
                "kind": "LinkedField",
                "name": "errors",
                "plural": true,
                "selections": [
                  (v9/*:: as any*/),
                  (v7/*:: as any*/)
                ],
                "storageKey": null
              },
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
                "selections": [
                  (v7/*:: as any*/),
                  (v9/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": "jobs(first:100)"
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "b54f1068111385f368da6b64b4f66571",
    "id": null,
    "metadata": {},
    "name": "EnrichmentPanelContentQuery",
    "operationKind": "query",
    "text": "query EnrichmentPanelContentQuery(\n  $id: String!\n) {\n  securityCoverage(id: $id) {\n    id\n    connectors(onlyAlive: false) {\n      id\n      active\n      ...EnrichmentConnector_connector\n    }\n    jobs(first: 100) {\n      id\n      status\n      timestamp\n      connector {\n        id\n      }\n      ...EnrichmentConnector_works\n    }\n  }\n}\n\nfragment EnrichmentConnector_connector on Connector {\n  id\n  name\n  active\n  updated_at\n}\n\nfragment EnrichmentConnector_works on Work {\n  id\n  status\n  timestamp\n  errors {\n    message\n  }\n  connector {\n    id\n  }\n  ...EnrichmentWork_work\n}\n\nfragment EnrichmentWork_work on Work {\n  id\n  status\n  timestamp\n  completed_time\n  processed_time\n  messages {\n    timestamp\n    message\n  }\n  errors {\n    timestamp\n    message\n  }\n}\n"
  }
};
})();

(node as any).hash = "f470bd3500efc4e69b2f53b1a31bc0cc";

export default node;
