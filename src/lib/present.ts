/** A type guard for lists OpenCTI types as `[T]` (items may be null): `list.filter(isPresent)`. */
export function isPresent<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}
