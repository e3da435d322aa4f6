/**
 * @generated SignedSource<<75c11484eea74f3c833c4b99a345f867>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
export type State = "complete" | "progress" | "timeout" | "wait" | "%future added value";
import type { FragmentRefs } from "relay-runtime";
export type EntityCoverageStatus_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly coverage_information: ReadonlyArray<{
    readonly coverage_name: string;
  }> | null | undefined;
  readonly external_uri: string | null | undefined;
  readonly id: string;
  readonly jobs: ReadonlyArray<{
    readonly errors: ReadonlyArray<{
      readonly message: string | null | undefined;
    } | null | undefined> | null | undefined;
    readonly id: string;
    readonly status: State;
  } | null | undefined> | null | undefined;
  readonly " $fragmentType": "EntityCoverageStatus_coverage";
};
export type EntityCoverageStatus_coverage$key = {
  readonly " $data"?: EntityCoverageStatus_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"EntityCoverageStatus_coverage">;
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
  "name": "EntityCoverageStatus_coverage",
  "selections": [
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "auto_enrichment_disable",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "external_uri",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "CoverageResult",
      "kind": "LinkedField",
      "name": "coverage_information",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "coverage_name",
          "storageKey": null
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": [
        {
          "kind": "Literal",
          "name": "first",
          "value": 1
        }
      ],
      "concreteType": "Work",
      "kind": "LinkedField",
      "name": "jobs",
      "plural": true,
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
        }
      ],
      "storageKey": "jobs(first:1)"
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "54edd0fea88a4e5cf7f5b2989d93fffc";

export default node;
