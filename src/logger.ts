import pino, { type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import { redactForLog, scrubText } from './lib/redact';

export type { Logger };

/** `json`: one JSON object per line (default; for log collectors). `pretty`: for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

/**
 * Where log lines go for `format`: undefined keeps pino's JSON on stdout; `pretty` formats each
 * line for a terminal (time, coloured level, message, then the fields). It runs in-process as a
 * plain stream after pino has serialized the line, so what it prints went through the same
 * redaction as JSON output: it never sees the unredacted object.
 */
export function logDestination(format: LogFormat, output: NodeJS.WritableStream = process.stdout): pino.DestinationStream | undefined {
  if (format === 'json') return undefined;
  return pinoPretty({
    destination: output,
    colorize: output === process.stdout ? pinoPretty.isColorSupported : false,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
    singleLine: false,
    sync: true,
  });
}

/**
 * The one logger. Every log object passes through `redactForLog` (the single redaction layer,
 * docs/security.md): tokens, secrets, card data are removed and CPF/CNPJ masked, at any depth.
 * `destination` lets tests capture the output and scan it for leaks. `traceFields` (OpenTelemetry
 * export on: src/observability/telemetry.ts) adds the active span's `trace_id`/`span_id` to each line.
 */
export function createLogger(level: string, destination?: pino.DestinationStream, traceFields?: () => Record<string, string>): Logger {
  return pino(
    {
      level,
      base: undefined,
      ...(traceFields ? { mixin: traceFields } : {}),
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
