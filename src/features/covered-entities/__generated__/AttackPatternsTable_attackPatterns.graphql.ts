/**
 * @generated SignedSource<<51db2fe10dc37526ad16ffeeb2779622>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type AttackPatternsTable_attackPatterns$data = ReadonlyArray<{
  readonly id: string;
  readonly killChainPhases: ReadonlyArray<{
    readonly id: string;
    readonly phase_name: string;
    readonly x_opencti_order: number | null | undefined;
  }> | null | undefined;
  readonly name: string;
  readonly x_mitre_id: string | null | undefined;
  readonly " $fragmentType": "AttackPatternsTable_attackPatterns";
}>;
export type AttackPatternsTable_attackPatterns$key = ReadonlyArray<{
  readonly " $data"?: AttackPatternsTable_attackPatterns$data;
  readonly " $fragmentSpreads": FragmentRefs<"AttackPatternsTable_attackPatterns">;
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
  "name": "AttackPatternsTable_attackPatterns",
  "selections": [
    (v0/*:: as any*/),
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
      "name": "x_mitre_id",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "KillChainPhase",
      "kind": "LinkedField",
      "name": "killChainPhases",
      "plural": true,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "phase_name",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "x_opencti_order",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "AttackPattern",
  "abstractKey": null
};
})();

(node as any).hash = "96a10e1adc9781017bc9f7c78f9e87e6";

export default node;
