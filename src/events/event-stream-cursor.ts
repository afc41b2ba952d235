import { BadUserInputError } from '../errors/domain-errors';
import { isStreamId } from './stream-codec';

const CURSOR_PREFIX = 'rs1:';

/**
 * A Redis event-log cursor: the stream entry id (where to resume) and the entry's sequence number
 * (the n-th event ever published), which tells whether anything after the cursor was trimmed.
 * Opaque to clients: base64url of `rs1:<entry id>:<sequence>`.
 */
export interface StreamCursor {
  id: string;
  seq: number;
}

export function encodeStreamCursor(cursor: StreamCursor): string {
  return Buffer.from(`${CURSOR_PREFIX}${cursor.id}:${cursor.seq}`).toString('base64url');
}

export function decodeStreamCursor(cursor: string): StreamCursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const [id, seqText] = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length).split(':') : [];
  const seq = Number(seqText);
  if (!id || !isStreamId(id) || !Number.isSafeInteger(seq) || seq < 0) throw new BadUserInputError('after: not an event cursor.', ['after']);
  return { id, seq };
}

/** Same words as the memory bus: the client must re-read the current state. */
export function cursorExpired(): BadUserInputError {
  return new BadUserInputError('after: this cursor is older than the event log keeps; re-read the current state and subscribe without after.', ['after']);
}

export function cursorUnknown(): BadUserInputError {
  return new BadUserInputError('after: unknown cursor.', ['after']);
}

/**
 * Sequence numbers run without gaps, so a jump in what the reader hands over means it missed
 * entries: trimmed while it was cut off from Redis (more than `maxLength` published meanwhile),
 * or a Redis that came back without its data.
 */
export class SequenceWatch {
  /** Sequence of the last entry seen (null until the first). */
  private last: number | null = null;

  skipsAny(entries: Array<{ seq: number }>): boolean {
    let gap = false;
    for (const { seq } of entries) {
      if (this.last !== null && seq !== this.last + 1) gap = true;
      this.last = seq;
    }
    return gap;
  }
}
