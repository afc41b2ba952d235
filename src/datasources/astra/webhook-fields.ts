import { parseInstant } from './transformers';

/** Field checks shared by every Astra webhook product parser (payloads are flat JSON objects, ASM-A14). */

export function isShortText(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

export function instantOf(value: unknown): Date | null {
  return typeof value === 'string' ? parseInstant(value) : null;
}
