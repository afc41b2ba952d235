/**
 * "Now", injected. Paygraph has one clock per process (Services.clock): in sandbox mode it is the
 * simulators' clock, so after `advanceSandboxClock` Paygraph's date rules and the simulated
 * providers agree on what "today" and "tomorrow" are; otherwise it is the system clock. Code
 * that reasons about dates takes a Clock instead of calling `new Date()`, so tests can move it.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The clock of `source` (the sandbox controls) when it has one, else the system clock. */
export function clockFrom(source: { now?(): Date } | undefined): Clock {
  return source?.now ? { now: () => source.now!() } : systemClock;
}
