/**
 * @generated SignedSource<<016ca5f66a25739c5f2bd0f4dd584048>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderInlineDataFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type coverageVocabulary_query$data = {
  readonly vocabularies: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly name: string;
        readonly order: number | null | undefined;
      };
    }>;
  } | null | undefined;
  readonly " $fragmentType": "coverageVocabulary_query";
};
export type coverageVocabulary_query$key = {
  readonly " $data"?: coverageVocabulary_query$data;
  readonly " $fragmentSpreads": FragmentRefs<"coverageVocabulary_query">;
};

const node: ReaderInlineDataFragment = {
  "kind": "InlineDataFragment",
  "name": "coverageVocabulary_query"
};

(node as any).hash = "eb9248410d44bc14d4b0056d2af736af";

export default node;
