/** What tests and Paygraph's wiring may name of the simulators' shared parts (types only). */
export type { FaultSettings } from './fault-knobs';
export type { SimCounters, SimRequestRecord } from './sim-counters';
