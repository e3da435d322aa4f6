import { describe, expect, it } from 'vitest';
import {
  isSafeHttpUrl,
  parseScore,
  validateDuration,
  validateHttpUrl,
  validateName,
  validateScore,
} from './validation';

describe('validateName', () => {
  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['a', 'tooShort'],
    [' a ', 'tooShort'],
    ['ab', null],
    ['APT29 coverage', null],
  ] as const)('%j → %s', (value, expected) => expect(validateName(value)).toBe(expected));
});

describe('validateScore', () => {
  it.each([
    ['0', null],
    ['100', null],
    ['42', null],
    [' 7 ', null],
    ['', 'required'],
    ['-1', 'outOfRange'],
    ['101', 'outOfRange'],
    ['1.5', 'notWhole'],
    ['abc', 'notNumber'],
    ['1e2', 'notNumber'],
    ['12abc', 'notNumber'],
  ] as const)('%j → %s', (value, expected) => expect(validateScore(value)).toBe(expected));

  it('parses only valid scores, 0 included', () => {
    expect(parseScore('0')).toBe(0);
    expect(parseScore('101')).toBeNull();
  });
});

describe('validateHttpUrl', () => {
  it.each([
    ['', null],
    ['https://openaev.example.com/scenarios/1', null],
    ['http://10.0.0.1:8080/x', null],
    ['javascript:alert(1)', 'unsafeScheme'],
    ['data:text/html,<script>', 'unsafeScheme'],
    ['ftp://x', 'unsafeScheme'],
    ['not a url', 'invalidUrl'],
  ] as const)('%j → %s', (value, expected) => expect(validateHttpUrl(value)).toBe(expected));

  it('tells which server values may become links', () => {
    expect(isSafeHttpUrl('https://a.example')).toBe(true);
    expect(isSafeHttpUrl(' JAVASCRIPT:alert(1)')).toBe(false);
    expect(isSafeHttpUrl(null)).toBe(false);
  });
});

describe('validateDuration', () => {
  it('requires a positive, parseable value when asked', () => {
    expect(validateDuration('', { required: true })).toBe('required');
    expect(validateDuration('', { required: false })).toBeNull();
    expect(validateDuration('P0D', { required: true })).toBe('notPositive');
    expect(validateDuration('P1X', { required: true })).toBe('invalidDuration');
    expect(validateDuration('P1M', { required: true })).toBeNull();
  });
});
