/**
 * @generated SignedSource<<701e3a7a4ef776d7f125bfe57e236e77>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type VulnerabilitiesTable_vulnerabilities$data = ReadonlyArray<{
  readonly id: string;
  readonly name: string;
  readonly x_opencti_cvss_base_score: number | null | undefined;
  readonly x_opencti_cvss_base_severity: string | null | undefined;
  readonly " $fragmentType": "VulnerabilitiesTable_vulnerabilities";
}>;
export type VulnerabilitiesTable_vulnerabilities$key = ReadonlyArray<{
  readonly " $data"?: VulnerabilitiesTable_vulnerabilities$data;
  readonly " $fragmentSpreads": FragmentRefs<"VulnerabilitiesTable_vulnerabilities">;
}>;

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "plural": true
  },
  "name": "VulnerabilitiesTable_vulnerabilities",
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
      "name": "x_opencti_cvss_base_score",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "x_opencti_cvss_base_severity",
      "storageKey": null
    }
  ],
  "type": "Vulnerability",
  "abstractKey": null
};

(node as any).hash = "0529c4a04dfffcc9292ea3b020aea544";

export default node;
