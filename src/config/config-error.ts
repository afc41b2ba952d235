/** A configuration problem; its message names the variable and never contains a value. */
export class ConfigError extends Error {}
