/** Conversions every Astra family uses (ASM-A06 instants, Brasília dates). */

/** ASM-A06 instants (with or without milliseconds). Unparseable → null, never a crash. */
export function parseInstant(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `yyyy-MM-dd` of an instant in Brasília time (ASM-A06, ASM-A09 date filters). */
export function brasiliaDate(instant: Date, offsetMinutes: number): string {
  return new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
