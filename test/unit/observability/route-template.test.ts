import { routeTemplate } from '../../../src/observability/route-template';
import { telemetryRequested } from '../../../src/observability/telemetry';

describe('routeTemplate (url.template of a provider attempt span)', () => {
  test.each([
    ['charge/v1/dynamic', '/charge/v1/dynamic'],
    ['/oauth/v1/token', '/oauth/v1/token'],
    ['charge/v1/dynamic/astra7Hx2kQ9pLmN3vB8cR1sT4uW6yZ', '/charge/v1/dynamic/{id}'],
    ['wallet/partner/transactions/6f1c2a8e-3b4d-4e5f-9a0b-1c2d3e4f5a6b/check', '/wallet/partner/transactions/{id}/check'],
    ['wallet/partner/transactions/generate-anonymous-pix', '/wallet/partner/transactions/generate-anonymous-pix'],
    ['card/v1/tokenized/tok_4111abcd', '/card/v1/tokenized/{id}'],
    ['card/v1/credit?page=2&status=PAID', '/card/v1/credit'],
    ['charge/v1/refund/E12345678202612071200abcdefghijk', '/charge/v1/refund/{id}'],
  ])('%s → %s', (path, template) => {
    expect(routeTemplate(path)).toBe(template);
  });

  test('an id made only of upper-case letters, or too long to be a word, is not kept', () => {
    expect(routeTemplate('charge/v1/dynamic/ABCDEFGH')).toBe('/charge/v1/dynamic/{id}');
    expect(routeTemplate(`charge/v1/dynamic/${'a'.repeat(33)}`)).toBe('/charge/v1/dynamic/{id}');
    expect(routeTemplate('charge/v1/dynamic/%2E%2E')).toBe('/charge/v1/dynamic/{id}');
  });
});

describe('telemetryRequested (the switch: the standard OTLP endpoint variables)', () => {
  test('off without either endpoint variable, or with empty ones', () => {
    expect(telemetryRequested({})).toBe(false);
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_SERVICE_NAME: 'paygraph' })).toBe(false);
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://127.0.0.1:4318/v1/metrics' })).toBe(false);
  });

  test('on with OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', () => {
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBe(true);
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces' })).toBe(true);
  });
});
