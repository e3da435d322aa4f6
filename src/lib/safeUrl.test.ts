import { describe, expect, it } from 'vitest';
import { isWebUrl, safeUrl } from './safeUrl';

describe('safeUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeUrl('https://openaev.example/scenarios/1')).toBe(
      'https://openaev.example/scenarios/1',
    );
    expect(isWebUrl('http://example.org')).toBe(true);
  });

  it('refuses other schemes, relative and malformed values', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      '/relative',
      'nope',
      '',
      null,
    ])
      expect(isWebUrl(bad)).toBe(false);
  });

  it('accepts mailto only when asked', () => {
    expect(safeUrl('mailto:soc@example.org')).toBeNull();
    expect(safeUrl('mailto:soc@example.org', ['http:', 'https:', 'mailto:'])).toBe(
      'mailto:soc@example.org',
    );
  });
});
