import { describe, expect, it } from 'vitest';
import { assessFigure } from './bench-result.ts';

describe('assessFigure', () => {
  it('gives the ratio to the baseline and checks a ratio target', () => {
    const figure = { name: 'append', value: 700, unit: 'commits/s', baseline: { name: 'raw insert', value: 1_000 } };
    expect(assessFigure({ ...figure, target: { of: 'ratio', atLeast: 0.7 } })).toMatchObject({ ratio: 0.7, met: true });
    expect(assessFigure({ ...figure, target: { of: 'ratio', atLeast: 0.8 } })).toMatchObject({ met: false });
  });

  it('checks a bound on the figure itself, below or above', () => {
    const p99 = { name: 'p99', value: 12, unit: 'ms' };
    expect(assessFigure({ ...p99, target: { of: 'value', atMost: 10 } })).toMatchObject({ met: false });
    expect(assessFigure({ ...p99, target: { of: 'value', atLeast: 10 } })).toMatchObject({ met: true });
  });

  it('leaves a figure without a target unjudged, and a ratio target without a baseline unmet', () => {
    expect(assessFigure({ name: 'raw find', value: 5, unit: 'docs/s' })).not.toHaveProperty('met');
    expect(assessFigure({ name: 'x', value: 5, unit: 'docs/s', target: { of: 'ratio', atLeast: 0.5 } }).met).toBe(
      false,
    );
  });
});
