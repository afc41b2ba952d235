import type { Family } from '../../family';
import { BrCodeDecodeResultResolver, StaticPixQrCodeResolver } from './static-pix-qr-code.resolver';
import { staticPixQrCodeTabs } from './graphiql-tabs';

/**
 * Static Pix QR codes and BR Code decoding (Astra endpoints 14 and 15, ASM-A24): a create
 * mutation over the STATIC_PIX_QR_CODES port and a local decode query. No loaders and no node
 * fetchers: nothing of it is read back from a provider (see the StaticPixQrCode description).
 */
export const staticPixQrCodesFamily: Family = {
  name: 'Static Pix QR codes',
  resolvers: [StaticPixQrCodeResolver, BrCodeDecodeResultResolver],
  graphiqlTabs: staticPixQrCodeTabs,
};
