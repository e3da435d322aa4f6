/**
 * @generated SignedSource<<1b253ff9609962dbb30c8a534ed2a21a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type UpdateCoverageDrawer_coverage$data = {
  readonly auto_enrichment_disable: boolean | null | undefined;
  readonly coverage_information: ReadonlyArray<{
    readonly coverage_name: string;
    readonly coverage_score: number;
  }> | null | undefined;
  readonly description: string | null | undefined;
  readonly duration: string | null | undefined;
  readonly external_uri: string | null | undefined;
  readonly id: string;
  readonly name: string;
  readonly objectLabel: ReadonlyArray<{
    readonly id: string;
    readonly value: string | null | undefined;
  }> | null | undefined;
  readonly objectMarking: ReadonlyArray<{
    readonly definition: string | null | undefined;
    readonly id: string;
  }> | null | undefined;
  readonly periodicity: string | null | undefined;
  readonly platforms_affinity: ReadonlyArray<string> | null | undefined;
  readonly type_affinity: string | null | undefined;
  readonly " $fragmentType": "UpdateCoverageDrawer_coverage";
};
export type UpdateCoverageDrawer_coverage$key = {
  readonly " $data"?: UpdateCoverageDrawer_coverage$data;
  readonly " $fragmentSpreads": FragmentRefs<"UpdateCoverageDrawer_coverage">;
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
  "name": "UpdateCoverageDrawer_coverage",
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
      "name": "description",
      "storageKey": null
    },
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
      "name": "periodicity",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "duration",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "type_affinity",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "platforms_affinity",
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
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "coverage_score",
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
        }
      ],
      "storageKey": null
    }
  ],
  "type": "SecurityCoverage",
  "abstractKey": null
};
})();

(node as any).hash = "3a8c4bd9fcd8fbad4e6f7958161f1ba2";

export default node;
