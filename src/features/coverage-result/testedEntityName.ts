/** "[T1059.001] PowerShell" for an attack pattern (as OpenCTI shows it), the entity's main representative otherwise. */
export function testedEntityName(
  to:
    | {
        readonly name?: string | null;
        readonly x_mitre_id?: string | null;
        readonly representative?: { readonly main: string } | null;
      }
    | null
    | undefined,
): string {
  if (!to) return '–';
  const name = to.name ?? to.representative?.main ?? '';
  return to.x_mitre_id ? `[${to.x_mitre_id}] ${name}` : name;
}
