import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as full from 'react-relay/index.js';
import * as hooksOnly from './reactRelay';

/** The value names (not types) that a source file imports from 'react-relay'. */
function importedNames(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'react-relay';/g)) {
    if (match[1]) continue;
    for (const specifier of (match[2] ?? '').split(',')) {
      const name = specifier.trim();
      if (name && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/)[0] ?? name);
    }
  }
  return names;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("the console's react-relay entry", () => {
  it('holds every name the sources import from react-relay, as react-relay itself exports it', () => {
    const used = new Set(
      sources('src').flatMap((file) => importedNames(readFileSync(file, 'utf8'))),
    );
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) {
      expect(Object.keys(hooksOnly), name).toContain(name);
      expect(Reflect.get(hooksOnly, name), name).toBe(Reflect.get(full, name));
    }
  });

  it('leaves out the legacy containers', () => {
    expect(Object.keys(full)).toContain('QueryRenderer');
    expect(Object.keys(hooksOnly)).not.toContain('QueryRenderer');
    expect(Object.keys(hooksOnly)).not.toContain('createPaginationContainer');
  });
});
