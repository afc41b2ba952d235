import { FaultKnobs } from '../../../src/sandbox/shared/fault-knobs';

describe('simulator fault knobs', () => {
  test('a route filter scopes latency as well as errors: other routes are neither slowed nor failed', () => {
    const faults = new FaultKnobs({ latencyMs: 400, failNextCount: 1, errorStatus: 503, routeFilter: 'POST /charge/v1/refund' });
    expect(faults.decide('GET /charge/v1/dynamic/:txid')).toEqual({ kind: 'none', latencyMs: 0 });
    expect(faults.decide('POST /charge/v1/refund')).toEqual({ kind: 'status', status: 503, latencyMs: 400 });
    expect(faults.decide('POST /charge/v1/refund')).toEqual({ kind: 'none', latencyMs: 400 });
  });

  test('without a filter, latency applies to every route', () => {
    const faults = new FaultKnobs({ latencyMs: 25 });
    expect(faults.decide('GET /webhook/v1')).toEqual({ kind: 'none', latencyMs: 25 });
  });
});
