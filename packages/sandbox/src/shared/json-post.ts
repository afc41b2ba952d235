import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { JsonPost } from './retrying-notifier';

/** PEM strings for an https POST: the client certificate presented and the CA that signs the receiver's. */
export interface PostTls {
  cert?: string;
  key?: string;
  ca?: string;
}

/** A JSON POST with global fetch (default redirect handling, keep-alive sockets). */
export function fetchJsonPost(userAgent: string): JsonPost {
  return async (url, payload, signal) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': userAgent }, body: payload, signal });
    await res.arrayBuffer().catch(() => undefined); // drain so the keep-alive socket is reusable
    return res.status;
  };
}

/**
 * A JSON POST with node's own client, so an https POST can carry a client certificate; redirects
 * are not followed. Absent `tls`: no client certificate, the default trust store.
 */
export function nodeJsonPost(userAgent: string, tls?: PostTls): JsonPost {
  return (url, payload, signal) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), 'user-agent': userAgent };
      const onResponse = (res: IncomingMessage) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      };
      const req =
        target.protocol === 'https:'
          ? httpsRequest(target, { method: 'POST', headers, signal, cert: tls?.cert, key: tls?.key, ca: tls?.ca }, onResponse)
          : httpRequest(target, { method: 'POST', headers, signal }, onResponse);
      req.on('error', reject);
      req.end(payload);
    });
}
