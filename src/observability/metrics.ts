/**
 * Minimal counters exposed at GET /metrics in Prometheus text format. Deliberately tiny: names
 * are fixed in code, labels are low-cardinality enums (never ids, never secrets).
 */
export class Metrics {
  private readonly counters = new Map<string, number>();

  inc(name: string, labels: Record<string, string> = {}, by = 1): void {
    const key = seriesKey(name, labels);
    this.counters.set(key, (this.counters.get(key) ?? 0) + by);
  }

  get(name: string, labels: Record<string, string> = {}): number {
    return this.counters.get(seriesKey(name, labels)) ?? 0;
  }

  render(gauges: Record<string, number> = {}): string {
    const lines = [...this.counters].map(([key, value]) => `${key} ${value}`);
    for (const [name, value] of Object.entries(gauges)) lines.push(`${name} ${value}`);
    return `${lines.sort().join('\n')}\n`;
  }
}

function seriesKey(name: string, labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return name;
  return `${name}{${entries.map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`).join(',')}}`;
}
