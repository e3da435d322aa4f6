import { CVES } from '../seed/cves';
import { TECHNIQUES, X86_ONLY_REFERENCES } from '../seed/techniques';
import type { OpenAevState, PayloadRecord } from '../store/types';

/** CVE payloads built for x86_64 only (exploits shipped as x86_64 binaries). */
const X86_ONLY_CVES: readonly string[] = ['CVE-2017-0144', 'CVE-2020-1472', 'CVE-2021-34473'];

export const OPENCTI_TAG = 'opencti';

/**
 * The simulated OpenAEV instance: an "Atomic Red Team" payload per technique and platform where the index has a
 * test, CVE payloads for some vulnerabilities, a handful of endpoints in asset groups, and the default asset rule
 * that maps the `opencti` tag (put on every scenario built from OpenCTI) to asset groups. The Finance VDI group is
 * deliberately not in the rule.
 */
export function buildOpenAevState(): OpenAevState {
  const payloads: PayloadRecord[] = [
    ...TECHNIQUES.filter((t) => t.atomic.length > 0).map((t) => ({
      reference: t.id,
      name: `Atomic Red Team - ${t.name}`,
      platforms: [...t.atomic],
      architectures: X86_ONLY_REFERENCES.includes(t.id) ? ['x86_64'] : ['all'],
    })),
    ...CVES.filter((c) => c.payload.length > 0).map((c) => ({
      reference: c.id,
      name: `${c.id} exploitation check`,
      platforms: [...c.payload],
      architectures: X86_ONLY_CVES.includes(c.id) ? ['x86_64'] : ['all'],
    })),
  ];
  return {
    payloads,
    knownNames: TECHNIQUES.filter((t) => t.atomic.length > 0).map((t) => t.name.toLowerCase()),
    endpoints: [
      { id: 'ep-wks-par-001', name: 'WKS-PAR-001', platform: 'windows', architecture: 'x86_64' },
      { id: 'ep-wks-par-002', name: 'WKS-PAR-002', platform: 'windows', architecture: 'x86_64' },
      {
        id: 'ep-wks-lyo-017',
        name: 'WKS-LYO-017 (Windows on Arm)',
        platform: 'windows',
        architecture: 'arm64',
      },
      { id: 'ep-srv-web-01', name: 'SRV-WEB-01', platform: 'linux', architecture: 'x86_64' },
      {
        id: 'ep-srv-k8s-04',
        name: 'SRV-K8S-04 (Graviton)',
        platform: 'linux',
        architecture: 'arm64',
      },
      { id: 'ep-mac-dsn-03', name: 'MAC-DSN-03', platform: 'macos', architecture: 'arm64' },
      { id: 'ep-vdi-fin-11', name: 'VDI-FIN-11', platform: 'windows', architecture: 'x86_64' },
    ],
    assetGroups: [
      {
        id: 'ag-workstations',
        name: 'Corporate workstations',
        endpointIds: ['ep-wks-par-001', 'ep-wks-par-002', 'ep-wks-lyo-017'],
      },
      {
        id: 'ag-linux-servers',
        name: 'Linux servers',
        endpointIds: ['ep-srv-web-01', 'ep-srv-k8s-04'],
      },
      { id: 'ag-design-macs', name: 'Design studio Macs', endpointIds: ['ep-mac-dsn-03'] },
      { id: 'ag-finance-vdi', name: 'Finance VDI', endpointIds: ['ep-vdi-fin-11'] },
    ],
    assetRules: [
      {
        tag: OPENCTI_TAG,
        assetGroupIds: ['ag-workstations', 'ag-linux-servers', 'ag-design-macs'],
      },
    ],
    scenarios: [],
  };
}
