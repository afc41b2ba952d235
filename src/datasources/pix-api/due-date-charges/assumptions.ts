import { pathSegment } from '../../path-segment';

/**
 * What Paygraph relies on for charges with a due date (`/cobv`) that the specification leaves to
 * each PSP or does not state: ids ASM-X50–X69 (the block of this family; docs/providers.md lists
 * them). The family's own block, kept next to its adapter; the client's ids are in ../assumptions.ts.
 */
export const PIX_API_DUE_DATE_ASSUMPTIONS = {
  /** ASM-X50: paths relative to PIX_API_BASE_URL (ASM-X01) and the limits of `CobVSolicitada`. */
  paths: {
    cobv: (txid: string) => `cobv/${pathSegment(txid)}`,
    cobvList: 'cobv',
  },
  limits: {
    minAmountCents: 1,
    /** `\d{1,10}\.\d{2}`. */
    maxAmountCents: 999_999_999_999,
    /** `solicitacaoPagador` maxLength. */
    descriptionMax: 140,
    /** `PessoaFisica.nome` / `PessoaJuridica.nome` maxLength. */
    debtorNameMax: 200,
    /** `descontoDataFixa` maxItems. */
    maxFixedDateDiscounts: 3,
  },
  /**
   * ASM-X51: `modalidade` codes as the specification's tables give them (multa 1–2, juros 1–8,
   * abatimento 1–2, desconto 1–6); read as an integer or a numeric string (the spec's own example
   * `cobBody1` sends "2"), written as an integer (the schema's type).
   */
  modalityCodes: {
    fine: { FIXED_AMOUNT: 1, PERCENTAGE: 2 },
    interest: {
      AMOUNT_PER_CALENDAR_DAY: 1,
      PERCENT_PER_DAY_CALENDAR_DAYS: 2,
      PERCENT_PER_MONTH_CALENDAR_DAYS: 3,
      PERCENT_PER_YEAR_CALENDAR_DAYS: 4,
      AMOUNT_PER_BUSINESS_DAY: 5,
      PERCENT_PER_DAY_BUSINESS_DAYS: 6,
      PERCENT_PER_MONTH_BUSINESS_DAYS: 7,
      PERCENT_PER_YEAR_BUSINESS_DAYS: 8,
    },
    rebate: { FIXED_AMOUNT: 1, PERCENTAGE: 2 },
    discount: {
      FIXED_AMOUNT_UNTIL_DATES: 1,
      PERCENTAGE_UNTIL_DATES: 2,
      AMOUNT_PER_CALENDAR_DAY_EARLY: 3,
      AMOUNT_PER_BUSINESS_DAY_EARLY: 4,
      PERCENT_PER_CALENDAR_DAY_EARLY: 5,
      PERCENT_PER_BUSINESS_DAY_EARLY: 6,
    },
  },
  /**
   * ASM-X52 (project decision): `GET /cobv` needs `inicio` and `fim`; without a filter Paygraph asks
   * for the 30 days before now (the sandbox clock in sandbox mode), like ASM-X12 for `GET /cob`.
   */
  defaultListWindowDays: 30,
  /**
   * ASM-X53: `GET /cobv/{txid}` of a paid charge lists its Pix in `pix`, each with `componentesValor`
   * (original, multa, juros, desconto, abatimento) when the PSP fills it; the `valor` of the Pix is
   * what was paid. The receiver's API gives no "amount due on a date": that is only in the payer's
   * JWS payload (`GET /cobv/{pixUrlAccessToken}?DPP=`), which Paygraph does not fetch.
   */
  paymentParts: true,
  /**
   * ASM-X54 (project decision): a retry after a lost answer reads the derived txid
   * (`GET /cobv/{txid}`) before a new `PUT`; the PUT itself may be retried by the HTTP client, since
   * re-PUTting the same body at the same txid names the same charge (ASM-X07).
   */
  readBeforeRetriedCreate: true,
} as const;
