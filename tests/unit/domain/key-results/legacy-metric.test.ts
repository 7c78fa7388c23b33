import { describe, expect, it } from 'vitest';
import { keyResultFromMetric, withMetricAsKeyResult } from '../../../../src/domain/key-results/legacy-metric';

const ids = () => {
  let n = 0;
  return () => `kr-${++n}`;
};

describe('a version 1 metric as a key result', () => {
  it('keeps name, baseline, target, unit and deadline, with the id given and no check-ins', () => {
    expect(keyResultFromMetric({ name: 'Retention', baseline: 31, target: 45, unit: '%', deadline: '2027-03-31' }, 'k')).toEqual({
      id: 'k',
      name: 'Retention',
      baseline: 31,
      target: 45,
      unit: '%',
      deadline: '2027-03-31',
    });
  });

  it('leaves out what the metric did not have, and names a nameless one with empty text', () => {
    expect(keyResultFromMetric({ target: 10 }, 'k')).toEqual({ id: 'k', name: '', target: 10 });
  });

  it('refuses a metric that is not an object', () => {
    expect(() => keyResultFromMetric('42 %', 'k')).toThrow('the metric is not an object');
  });
});

describe('withMetricAsKeyResult', () => {
  it('moves the metric into key results and drops the metric field', () => {
    const node = { id: 'o', kind: 'outcome', metric: { name: 'Retention', baseline: 1, target: 2 } };
    expect(withMetricAsKeyResult(node, ids())).toEqual({ id: 'o', kind: 'outcome', keyResults: [{ id: 'kr-1', name: 'Retention', baseline: 1, target: 2 }] });
  });

  it('puts the metric first, before key results the node already has', () => {
    const node = { id: 'o', metric: { name: 'A' }, keyResults: [{ id: 'x', name: 'B' }] };
    expect(withMetricAsKeyResult(node, ids())).toEqual({ id: 'o', keyResults: [{ id: 'kr-1', name: 'A' }, { id: 'x', name: 'B' }] });
  });

  it('returns a node without a metric as the same object', () => {
    const node = { id: 'o', title: 'x' };
    expect(withMetricAsKeyResult(node, ids())).toBe(node);
  });

  it('drops an empty (null) metric without inventing a key result', () => {
    expect(withMetricAsKeyResult({ id: 'o', metric: null }, ids())).toEqual({ id: 'o' });
  });
});
