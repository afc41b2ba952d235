/** Messages between the bench driver and its helper processes (Node IPC channel). */
export interface IpcRequest {
  id: number;
  cmd: 'txHistogram' | 'resetAll' | 'trackOn' | 'trackOff' | 'tokenCalls' | 'webhookTimes' | 'cpu';
}

export type IpcReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export interface SimReady {
  ready: true;
  url: string;
  clientId: string;
  clientSecret: string;
  pid: number;
}
