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

/** A clock that reads `now` from elsewhere (the sandbox controls), falling back to the system clock. */
export function clockFrom(now: (() => Date) | undefined): Clock {
  return now ? { now } : systemClock;
}
