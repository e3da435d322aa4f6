/** Schemes a link may use; anything else (javascript:, data:, vbscript:, relative paths…) is not a link. */
export function safeUrl(
  value: string | null | undefined,
  schemes: readonly string[] = ['http:', 'https:'],
): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return schemes.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** True for an absolute http or https URL. */
export function isWebUrl(value: string | null | undefined): boolean {
  return safeUrl(value) !== null;
}
