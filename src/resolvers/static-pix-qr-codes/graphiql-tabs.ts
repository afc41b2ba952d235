import type { GraphiqlTab } from '../../graphiql/options';

/** GraphiQL tabs: a static Pix QR code, and any BR Code decoded locally. */

const STATIC_QR = `# A static Pix QR code: the account's Pix key, payable any number of times. Leave
# amount out and the payer types it. Paste its brCode into DecodeBrCode to read it back.
mutation StaticQrCode {
  createStaticPixQrCode(input: { amount: "25.00", description: "Donation", reference: "STATIC001" }) {
    staticPixQrCode { brCode qrCodeSvg pixKey merchantName amount { amount } description reference }
    userErrors { field code message }
  }
}
`;

const DECODE = `# Reads any Pix BR Code locally (no provider call). Change a character, or cut the end
# off, and run it again: valid turns false and errors lists every reason (CRC, length…).
query DecodeBrCode($brCode: String!) {
  decodeBrCode(brCode: $brCode) { valid errors warnings kind pixKey fixedAmount { amount currency } merchantName merchantCity description txid url }
}
`;
const DECODE_VARIABLES = JSON.stringify(
  {
    brCode: '00020126700014br.gov.bcb.pix0136b6a3c1d2-7e8f-4a9b-8c0d-1e2f3a4b5c6d0208Donation520400005303986540525.005802BR5913ASTRA SANDBOX6009SAO PAULO62130509STATIC0016304BEE7',
  },
  null,
  2,
);

export function staticPixQrCodeTabs(): GraphiqlTab[] {
  return [
    { name: 'StaticQrCode', query: STATIC_QR },
    { name: 'DecodeBrCode', query: DECODE, variables: DECODE_VARIABLES },
  ];
}
