import { describe, expect, it } from 'vitest';
import { accessFromCapabilities, checkBaseUrl, classifyFailure } from './connectionCheck';

describe('classifyFailure', () => {
  it('tells CORS from an unreachable server with the opaque probe', () => {
    expect(classifyFailure({ kind: 'network' }, true)).toBe('cors');
    expect(classifyFailure({ kind: 'network' }, false)).toBe('unreachable');
  });
  it('names bad tokens, missing rights, wrong URLs and server failures', () => {
    expect(classifyFailure({ kind: 'auth', status: 401 }, true)).toBe('badToken');
    expect(classifyFailure({ kind: 'http', status: 401 }, true)).toBe('badToken');
    expect(classifyFailure({ kind: 'forbidden' }, true)).toBe('noKnowledge');
    expect(classifyFailure({ kind: 'http', status: 404 }, true)).toBe('wrongUrl');
    expect(classifyFailure({ kind: 'http', status: 200 }, true)).toBe('wrongUrl');
    expect(classifyFailure({ kind: 'http', status: 502 }, true)).toBe('server');
    expect(classifyFailure({ kind: 'timeout' }, true)).toBe('timeout');
    expect(classifyFailure({ kind: 'graphql' }, true)).toBe('server');
  });
});

describe('checkBaseUrl', () => {
  it('accepts http and https only; empty means the configured endpoint', () => {
    expect(checkBaseUrl('https://opencti.example.org')).toBe('ok');
    expect(checkBaseUrl(' http://127.0.0.1:4000 ')).toBe('ok');
    expect(checkBaseUrl('')).toBe('empty');
    expect(checkBaseUrl('javascript:alert(1)')).toBe('badUrl');
    expect(checkBaseUrl('opencti.example.org')).toBe('badUrl');
    expect(checkBaseUrl('ftp://host')).toBe('badUrl');
  });
});

describe('accessFromCapabilities', () => {
  it('reads what the user may do', () => {
    expect(accessFromCapabilities(['BYPASS'])).toBe('full');
    expect(accessFromCapabilities(['KNOWLEDGE', 'KNOWLEDGE_KNUPDATE_KNDELETE'])).toBe('full');
    expect(accessFromCapabilities(['KNOWLEDGE'])).toBe('readOnly');
    expect(accessFromCapabilities(['SETTINGS'])).toBe('none');
    expect(accessFromCapabilities([])).toBe('none');
  });
});
