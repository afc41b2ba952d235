import { portKey } from '../ports';
import type { CreateStaticPixQrCodeCommand, StaticPixQrCodeRecord } from './model';

/** A provider's rules for static codes, checked before any call (datasources/<provider>/assumptions.ts). */
export interface StaticPixQrCodeLimits {
  minAmountCents: number;
  maxAmountCents: number;
  descriptionMax: number;
  /** The reference becomes the BR Code txid: at most this many characters from [A-Za-z0-9]. */
  referenceMax: number;
}

/**
 * Creating static Pix QR codes at a provider. There is deliberately no `read`: Astra's read
 * endpoint (ASM-A24) answers what the local `decodeBrCode` reads from the code itself, less (it
 * refuses dynamic codes and lists no reasons), at the price of a provider call.
 */
export interface StaticPixQrCodePort {
  readonly limits: StaticPixQrCodeLimits;
  /** Not retried by the client: Astra has no idempotency for it (ASM-A05). */
  create(command: CreateStaticPixQrCodeCommand): Promise<StaticPixQrCodeRecord>;
}

export const STATIC_PIX_QR_CODES = portKey<StaticPixQrCodePort>('staticPixQrCodes', 'create static Pix QR codes');
