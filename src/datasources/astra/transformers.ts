/** Conversions every Astra family uses (ASM-A06 instants; Brasília dates come from src/lib/brasilia-calendar.ts). */

/** ASM-A06 instants (with or without milliseconds). Unparseable → null, never a crash. */
export function parseInstant(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
