import type { CoverageMetric } from '../store/types';
import type { EditOperation } from '../domain/coveragePatch';
import { parseFilterGroup, type FilterGroup } from '../store/filters';

/** Readers for GraphQL arguments (already coerced by graphql-js, but typed `unknown` here). */
export type Args = Record<string, unknown>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(args: Args, key: string): string | null {
  const value = args[key];
  return typeof value === 'string' ? value : null;
}

/** `undefined` when absent, so "not sent" and "sent as null" stay distinct. */
export function optStr(args: Args, key: string): string | null | undefined {
  if (!(key in args)) return undefined;
  const value = args[key];
  return typeof value === 'string' ? value : null;
}

export function int(args: Args, key: string): number | null {
  const value = args[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function optInt(args: Args, key: string): number | null | undefined {
  if (!(key in args)) return undefined;
  return int(args, key);
}

export function bool(args: Args, key: string): boolean | null {
  const value = args[key];
  return typeof value === 'boolean' ? value : null;
}

export function strList(args: Args, key: string): string[] | null {
  const value = args[key];
  if (value === null || value === undefined) return null;
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

export function obj(args: Args, key: string): Args | null {
  const value = args[key];
  return isRecord(value) ? value : null;
}

export function orderMode(args: Args): 'asc' | 'desc' | null {
  const value = args.orderMode;
  return value === 'asc' || value === 'desc' ? value : null;
}

export function filters(args: Args): FilterGroup | null {
  return parseFilterGroup(args.filters);
}

export function metrics(args: Args, key: string): CoverageMetric[] | null | undefined {
  if (!(key in args)) return undefined;
  const value = args[key];
  if (!Array.isArray(value)) return null;
  return value.filter(isRecord).map((m) => ({
    coverage_name: String(m.coverage_name),
    coverage_score: Number(m.coverage_score),
  }));
}

export function editInputs(args: Args, key = 'input'): EditOperation[] {
  const value = args[key];
  const list = Array.isArray(value) ? value : [];
  return list.filter(isRecord).map((edit) => {
    const raw = edit.value;
    const operation =
      edit.operation === 'add' || edit.operation === 'remove' ? edit.operation : 'replace';
    return { key: String(edit.key), value: Array.isArray(raw) ? raw : [raw], operation };
  });
}
