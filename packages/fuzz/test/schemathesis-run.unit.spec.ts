import { describe, expect, it } from 'vitest';
import { parseSummary, schemathesisArgs } from '../src/index.ts';

const failing = `
================================== FAILURES ===================================
_____________________________ POST /v1/things _____________________________
- ST101 Server error
Reproduce with:
    curl -X POST http://127.0.0.1:4101/v1/things
=================================== SUMMARY ====================================
Test Phases:
  ❌ Coverage
Failures:
  ❌ ST101 Server error: 2
  ❌ ST108 Response violates schema: 1
Errors:
  🚫 Runtime Error: 3
Test cases:
  47 generated, 44 found 3 unique failures
`;

describe('parseSummary', () => {
  it('reads the cases, each failure and error with its count, and the reproducers', () => {
    const outcome = parseSummary(failing, 1);
    expect(outcome.cases).toBe(47);
    expect(outcome.failures).toEqual({
      'ST101 Server error': 2,
      'ST108 Response violates schema': 1,
      'Runtime Error': 3,
    });
    expect(outcome.details).toContain('curl -X POST http://127.0.0.1:4101/v1/things');
  });

  it('reads a clean run as no failures', () => {
    const clean = '=== SUMMARY ===\nTest Phases:\n  ✅ Fuzzing\nTest cases:\n  166 generated, 166 passed\n';
    expect(parseSummary(clean, 0)).toEqual({ cases: 166, failures: {}, exitCode: 0, details: '' });
  });
});

describe('schemathesisArgs', () => {
  it('sends the token, the checks, the mode and the bounds, and records a HAR', () => {
    const target = { name: 'career hr', specPath: '/tmp/spec.json', baseUrl: 'http://127.0.0.1:4105', token: 'T' };
    const plan = {
      maxExamples: 5,
      phases: ['coverage', 'fuzzing'],
      checks: ['not_a_server_error'],
      mode: 'negative' as const,
      seed: 3,
    };
    const args = schemathesisArgs(target, plan, '/tmp/run.har').join(' ');
    expect(args).toMatch(/^--config-file \S+schemathesis\.toml run \/tmp\/spec\.json --url http:\/\/127\.0\.0\.1:4105/);
    expect(args).toContain('--header Authorization: Bearer T');
    expect(args).toContain(
      '--checks not_a_server_error --phases coverage,fuzzing --mode negative --max-examples 5 --seed 3',
    );
    expect(args).toContain('--report har --report-har-path /tmp/run.har');
  });
});
