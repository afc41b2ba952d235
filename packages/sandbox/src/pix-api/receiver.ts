/**
 * ASM-X43: the sandbox receiver (`recebedor` of every `cobv`, the payee of BR Codes). The
 * specification requires the object on a `cobv`; its data are the PSP's, not the client's.
 */
export const SANDBOX_RECEIVER = {
  logradouro: 'Avenida Paulista, 1000',
  cidade: 'São Paulo',
  uf: 'SP',
  cep: '01310100',
  cnpj: '11222333000181',
  nome: 'Paygraph Sandbox Recebedor LTDA',
} as const;
