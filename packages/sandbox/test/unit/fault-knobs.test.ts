import { FaultKnobs } from '../../src/shared/fault-knobs';

describe('simulator fault knobs', () => {
  test('routeFilter limits latency to the matching routes, like every other fault', () => {
    const knobs = new FaultKnobs({ latencyMs: 1_000, routeFilter: 'POST /charge/v1/refund' });
    expect(knobs.decide('POST /charge/v1/refund')).toEqual({ kind: 'none', latencyMs: 1_000 });
    expect(knobs.decide('GET /charge/v1/dynamic/:txid')).toEqual({ kind: 'none', latencyMs: 0 });
  });

  test('without a filter, latency and jitter apply to every route', () => {
    const knobs = new FaultKnobs({ latencyMs: 100, jitterMs: 10 }, () => 0.5);
    expect(knobs.decide('GET /webhook/v1')).toEqual({ kind: 'none', latencyMs: 105 });
  });

  test('a filtered failNextCount is spent only by matching routes', () => {
    const knobs = new FaultKnobs({ failNextCount: 1, errorStatus: 503, latencyMs: 50, routeFilter: 'refund' });
    expect(knobs.decide('GET /charge/v1/dynamic')).toEqual({ kind: 'none', latencyMs: 0 });
    expect(knobs.decide('POST /charge/v1/refund')).toEqual({ kind: 'status', status: 503, latencyMs: 50 });
    expect(knobs.decide('POST /charge/v1/refund')).toEqual({ kind: 'none', latencyMs: 50 });
  });
});
