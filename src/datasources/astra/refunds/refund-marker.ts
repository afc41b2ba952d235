import { ASTRA_ASSUMPTIONS } from '../assumptions';

const TAG = ASTRA_ASSUMPTIONS.refundAttemptTag;
/** ` [pg:<attempt id>]` at the very end of a refund description (ASM-A52). */
const TAG_AT_END = /(?:^| )\[pg:([A-Za-z0-9_-]{12})\]$/;

/** The refund `description` sent to Astra: the caller's reason, then the attempt's tag. */
export function describeRefund(reason: string | undefined, attemptMarker: string | undefined): string | undefined {
  if (attemptMarker === undefined) return reason;
  const tag = `${TAG.prefix}${attemptMarker}${TAG.suffix}`;
  return reason ? `${reason}${TAG.separator}${tag}` : tag;
}

/** Splits an echoed description into the caller's reason (tag removed) and the attempt marker. */
export function splitRefundDescription(description: string | null | undefined): { reason: string | null; attemptMarker?: string } {
  if (!description) return { reason: null };
  const match = TAG_AT_END.exec(description);
  if (!match) return { reason: description };
  const reason = description.slice(0, match.index);
  return { reason: reason === '' ? null : reason, attemptMarker: match[1] };
}
