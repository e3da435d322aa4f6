import { describe, expect, it } from 'vitest';
import {
  isAwaitingResults,
  isEnrichmentInProgress,
  isProvisioning,
  nextPollDelay,
  openAevLinks,
} from './coverageStatus';

const waiting = [{ status: 'wait' }];
const running = [{ status: 'complete' }, { status: 'progress' }];
const done = [{ status: 'complete' }];

describe('coverage status', () => {
  it('sees an enrichment in progress only for wait or progress works', () => {
    expect(isEnrichmentInProgress(waiting)).toBe(true);
    expect(isEnrichmentInProgress(running)).toBe(true);
    expect(isEnrichmentInProgress(done)).toBe(false);
    expect(isEnrichmentInProgress([null])).toBe(false);
    expect(isEnrichmentInProgress(null)).toBe(false);
  });

  it('keeps only http and https result links, once each', () => {
    const links = openAevLinks([
      { id: 'a', name: 'EMEA', external_uri: 'https://emea.openaev.example/s/1' },
      { id: 'b', name: 'Evil', external_uri: 'javascript:alert(1)' },
      { id: 'c', name: 'Data', external_uri: 'data:text/html,hi' },
      { id: 'd', name: 'Empty', external_uri: '' },
      { id: 'e', name: 'Twice', external_uri: 'https://emea.openaev.example/s/1' },
      { id: 'f', name: null, external_uri: 'http://apac.openaev.example/s/2' },
    ]);
    expect(links).toEqual([
      { id: 'a', name: 'EMEA', url: 'https://emea.openaev.example/s/1' },
      { id: 'f', name: 'http://apac.openaev.example/s/2', url: 'http://apac.openaev.example/s/2' },
    ]);
    expect(openAevLinks(null)).toEqual([]);
  });

  it('is provisioning only while a work runs for an automated coverage without result', () => {
    expect(isProvisioning(true, waiting, [])).toBe(true);
    expect(isProvisioning(true, done, [])).toBe(false);
    expect(isProvisioning(true, running, [{ id: 'r' }])).toBe(false);
    expect(isProvisioning(false, waiting, [])).toBe(false);
  });

  it('waits for results while a work runs or a result has no simulation yet', () => {
    expect(isAwaitingResults(true, waiting, [])).toBe(true);
    expect(isAwaitingResults(true, done, [{ id: 'r', coverage_last_result: null }])).toBe(true);
    expect(
      isAwaitingResults(true, done, [{ id: 'r', coverage_last_result: '2026-12-01T00:00:00Z' }]),
    ).toBe(false);
    expect(isAwaitingResults(true, done, [])).toBe(false);
    expect(isAwaitingResults(false, waiting, [{ id: 'r', coverage_last_result: null }])).toBe(
      false,
    );
  });

  it('backs off from 2 s, doubling up to 30 s', () => {
    const delays: number[] = [];
    let delay: number | null = null;
    for (let i = 0; i < 6; i += 1) {
      delay = nextPollDelay(delay);
      delays.push(delay);
    }
    expect(delays).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
