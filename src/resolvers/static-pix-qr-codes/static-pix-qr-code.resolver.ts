import { Arg, Authorized, Ctx, Extensions, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { createStaticPixQrCode, type CreateStaticPixQrCodeResult } from '../../domain/static-pix-qr-codes/create-static-pix-qr-code';
import { decodeBrCode } from '../../domain/static-pix-qr-codes/decode-br-code';
import type { BrCodeDecodeResultRecord, StaticPixQrCodeRecord } from '../../domain/static-pix-qr-codes/model';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { renderQrSvg } from '../../lib/qr-code';
import { BrCodeDecodeResult } from '../../schema/static-pix-qr-codes/br-code-decode-result.type';
import { Money } from '../../schema/money.type';
import { brl, type MoneyValue } from '../../domain/models';
import { CreateStaticPixQrCodeInput } from '../../schema/static-pix-qr-codes/create-static-pix-qr-code.input';
import { CreateStaticPixQrCodePayload } from '../../schema/static-pix-qr-codes/create-static-pix-qr-code.payload';
import { StaticPixQrCode } from '../../schema/static-pix-qr-codes/static-pix-qr-code.type';
import { useCaseDeps } from '../use-case-deps';

/** Thin: arguments → use case → payload. No readStaticPixQrCode: see domain/static-pix-qr-codes/port.ts. */
@Resolver(() => StaticPixQrCode)
export class StaticPixQrCodeResolver {
  @Authorized('write')
  // One POST, never retried (ASM-A05); bad input costs none.
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @Mutation(() => CreateStaticPixQrCodePayload, {
    description:
      'Creates a static Pix QR code (fixed amount or payer-typed). Validated before any provider call. Safe to repeat: a static code moves no money, so there is no idempotencyKey.',
  })
  createStaticPixQrCode(@Arg('input', () => CreateStaticPixQrCodeInput) input: CreateStaticPixQrCodeInput, @Ctx() ctx: GraphQLContext): Promise<CreateStaticPixQrCodeResult> {
    return createStaticPixQrCode(input, useCaseDeps(ctx));
  }

  @Authorized('read')
  // Decoded by Paygraph itself: 0 provider calls, whatever the code.
  @Extensions({ [UPSTREAM_COST]: { perParent: 0 } })
  @Query(() => BrCodeDecodeResult, {
    description:
      'Reads any Pix BR Code (static or dynamic, any bank) locally, with no provider call: CRC16, structure, key, amount, receiver, txid, URL, and every problem of a malformed code in `errors`. Accented text decodes (`valid` stays true) and is named in `warnings`.',
  })
  decodeBrCode(@Arg('brCode', () => String, { description: 'The "copia e cola" text (at most 512 characters).' }) brCode: string): BrCodeDecodeResultRecord {
    return decodeBrCode(brCode);
  }

  @FieldResolver(() => String, { description: 'The BR Code as an SVG QR code, rendered locally (no third-party service).' })
  qrCodeSvg(@Root() code: StaticPixQrCodeRecord): Promise<string> {
    return renderQrSvg(code.brCode);
  }
}

@Resolver(() => BrCodeDecodeResult)
export class BrCodeDecodeResultResolver {
  // Money like every other amount of the API (the bare Decimal `amount` stays one release, deprecated).
  @FieldResolver(() => Money, { nullable: true, description: 'Fixed amount (tag 54) in BRL, as Money; null when the payer types it.' })
  fixedAmount(@Root() result: BrCodeDecodeResultRecord): MoneyValue | null {
    return result.amount === null ? null : brl(result.amount);
  }
}
