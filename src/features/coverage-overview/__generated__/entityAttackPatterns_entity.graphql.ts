/**
 * @generated SignedSource<<a0791ded1a162714b8c4b3238663b03f>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderInlineDataFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type entityAttackPatterns_entity$data = {
  readonly objects?: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id?: string;
        readonly killChainPhases?: ReadonlyArray<{
          readonly kill_chain_name: string;
          readonly phase_name: string;
          readonly x_opencti_order: number | null | undefined;
        }> | null | undefined;
        readonly name?: string;
        readonly x_mitre_id?: string | null | undefined;
      };
    } | null | undefined> | null | undefined;
  } | null | undefined;
  readonly uses?: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly to: {
          readonly id?: string;
          readonly killChainPhases?: ReadonlyArray<{
            readonly kill_chain_name: string;
            readonly phase_name: string;
            readonly x_opencti_order: number | null | undefined;
          }> | null | undefined;
          readonly name?: string;
          readonly x_mitre_id?: string | null | undefined;
        } | null | undefined;
      };
    }>;
  } | null | undefined;
  readonly " $fragmentType": "entityAttackPatterns_entity";
};
export type entityAttackPatterns_entity$key = {
  readonly " $data"?: entityAttackPatterns_entity$data;
  readonly " $fragmentSpreads": FragmentRefs<"entityAttackPatterns_entity">;
};

const node: ReaderInlineDataFragment = {
  "kind": "InlineDataFragment",
  "name": "entityAttackPatterns_entity"
};

(node as any).hash = "8d3e451d93cf4425ffe4f5514b1b6ce3";

export default node;
