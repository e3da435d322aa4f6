import type { Shape, Timings } from '../domain/context';
import { buildOpenAevState } from '../openaev/library';
import { Store } from '../store/store';
import { seedCoverages } from './coverages';
import { seedAttackPatterns, seedVulnerabilities } from './arsenal';
import { seedContainers } from './containers';
import { seedThreats } from './threats';
import {
  seedConnectors,
  seedKillChainPhases,
  seedLabels,
  seedMarkings,
  seedOrganizations,
  seedSecurityPlatforms,
  seedSettings,
  seedUsers,
  seedVocabularies,
} from './meta';
import { seedScale } from './scale';

export type SeedKind = 'demo' | 'scale' | 'empty';

/**
 * A fresh store. 'empty' holds only the platform configuration (users, markings, labels, vocabularies, kill
 * chain, connectors, settings); 'demo' adds the knowledge and the coverages; 'scale' adds the benchmark data.
 */
export function createSeededStore(
  kind: SeedKind,
  now: number,
  timings: Timings,
  shape: Shape,
): Store {
  const store = new Store({
    seq: 0,
    revision: 0,
    settings: seedSettings(now),
    users: seedUsers(now),
    objects: [
      ...seedMarkings(now),
      ...seedLabels(now),
      ...seedKillChainPhases(now),
      ...seedVocabularies(now),
    ],
    relationships: [],
    connectors: seedConnectors(now),
    works: [],
    logs: [],
    openaev: buildOpenAevState(),
    flags: { failNextEnrichment: false },
  });
  if (kind === 'empty') return store;
  for (const org of seedOrganizations(now)) store.add(org);
  for (const platform of seedSecurityPlatforms(now)) store.add(platform);
  seedAttackPatterns(store, now);
  seedVulnerabilities(store, now);
  seedThreats(store, now);
  seedContainers(store, now);
  seedCoverages(store, now, timings, shape);
  if (kind === 'scale') seedScale(store, now);
  store.revision = 0;
  return store;
}
