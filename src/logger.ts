import pino, { type Logger } from 'pino';
import { redactForLog, scrubText } from './lib/redact';

export type { Logger };

/**
 * The one logger. Every log object passes through `redactForLog` (the single redaction layer,
 * DESIGN §6): tokens, secrets, card data are removed and CPF/CNPJ masked, at any depth.
 * `destination` lets tests capture the output and scan it for leaks.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      formatters: { log: (object) => redactForLog(object) as Record<string, unknown> },
      // formatters.log never sees the message string: scrub bearer tokens and webhook secrets there too.
      hooks: {
        logMethod(args, method) {
          for (let i = 0; i < args.length; i++) if (typeof args[i] === 'string') args[i] = scrubText(args[i] as string);
          return method.apply(this, args);
        },
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
