import { startPixApiSimulator, type PixApiSimulator, type PixApiSimulatorOptions } from '../../src/pix-api';

/**
 * Shared helpers of the API Pix simulator tests: start on port 0, fetch a token over real HTTP,
 * call the API with it. Example bodies are the specification's own (`components.examples` of
 * openapi.yaml, release 2.9.0), so the simulator's receiver key is set to the examples' `chave`.
 */
export const EXAMPLE_COB_KEY = '7d9f0335-8dcc-4054-9bf9-0dbd61d36906';
export const EXAMPLE_COBV_KEY = '5f84a4c5-c5cb-4599-9f13-7eb4d419dacc';

const open: PixApiSimulator[] = [];

export function closeAllAfterEach(): void {
  afterEach(async () => {
    await Promise.all(open.splice(0).map((sim) => sim.close()));
  });
}

export async function start(options: PixApiSimulatorOptions = {}): Promise<PixApiSimulator> {
  const sim = await startPixApiSimulator({ sandboxDelayMs: 50, callbackRetryDelaysMs: [20, 20], ...options });
  open.push(sim);
  return sim;
}

export function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

export async function requestToken(sim: PixApiSimulator, form: Record<string, string> = {}, authorization = basic(sim.clientId, sim.clientSecret)) {
  const res = await fetch(sim.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...form }).toString(),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
}

export async function token(sim: PixApiSimulator, scope?: string): Promise<string> {
  const res = await requestToken(sim, scope ? { scope } : {});
  expect(res.status).toBe(200);
  return res.body.access_token as string;
}

export interface ApiAnswer {
  status: number;
  contentType: string | null;
  body: any;
}

export async function call(sim: PixApiSimulator, method: string, path: string, options: { token?: string | null; body?: unknown; rawBody?: string } = {}): Promise<ApiAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const bearer = options.token === undefined ? await token(sim) : options.token;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${sim.url}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
}

/** A txid of the specification's shape (`[a-zA-Z0-9]{26,35}`), unique per test. */
let sequence = 0;
export function txid(prefix = 'tx'): string {
  sequence++;
  return `${prefix}${String(sequence).padStart(6, '0')}${'a'.repeat(26)}`.slice(0, 35);
}

/** `cobBody2`: an immediate charge of 37.00, expiring in 3600 s. */
export function cobBody2(): Record<string, unknown> {
  return {
    calendario: { expiracao: 3600 },
    devedor: { cnpj: '12345678000195', nome: 'Empresa de Serviços SA' },
    valor: { original: '37.00', modalidadeAlteracao: 1 },
    chave: EXAMPLE_COB_KEY,
    solicitacaoPagador: 'Serviço realizado.',
    infoAdicionais: [
      { nome: 'Campo 1', valor: 'Informação Adicional1 do PSP-Recebedor' },
      { nome: 'Campo 2', valor: 'Informação Adicional2 do PSP-Recebedor' },
    ],
  };
}

/** `cobBody1`: a charge due 2020-12-31 with a 15 % fine, 2 %/day interest and 30.00 off until 2020-11-30. */
export function cobvBody1(): Record<string, unknown> {
  return {
    calendario: { dataDeVencimento: '2020-12-31', validadeAposVencimento: 30 },
    loc: { id: 789 },
    devedor: { logradouro: 'Alameda Souza, Numero 80, Bairro Braz', cidade: 'Recife', uf: 'PE', cep: '70011750', cpf: '12345678909', nome: 'Francisco da Silva' },
    valor: {
      original: '123.45',
      multa: { modalidade: '2', valorPerc: '15.00' },
      juros: { modalidade: '2', valorPerc: '2.00' },
      desconto: { modalidade: '1', descontoDataFixa: [{ data: '2020-11-30', valorPerc: '30.00' }] },
    },
    chave: EXAMPLE_COBV_KEY,
    solicitacaoPagador: 'Cobrança dos serviços prestados.',
  };
}

export const PROBLEM = 'application/problem+json';
export const TYPE = (name: string) => `https://pix.bcb.gov.br/api/v2/error/${name}`;
