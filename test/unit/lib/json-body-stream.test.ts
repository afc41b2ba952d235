import { PassThrough } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { jsonBody } from '../../../src/lib/json-body';

/**
 * The fast path's reader on a bare stream: the cases a real Node HTTP server never produces (more
 * or fewer bytes than Content-Length, 'error' / 'aborted' mid-body) and chunked delivery, observed
 * through what jsonBody hands to `next`.
 */
type FakeRequest = PassThrough & { headers: Record<string, string>; body?: unknown };

function fakeRequest(contentLength: number): FakeRequest {
  return Object.assign(new PassThrough(), { headers: { 'content-type': 'application/json', 'content-length': String(contentLength) }, body: undefined });
}

/** Starts the fast path on `req`; resolves with what it passes to next (undefined: parsed). */
function run(req: FakeRequest): Promise<(Error & Record<string, unknown>) | undefined> {
  return new Promise((resolve) => jsonBody(1_000)(req as unknown as Request, {} as Response, ((error?: Error) => resolve(error as never)) as NextFunction));
}

const EVENTS = ['data', 'end', 'error', 'aborted'];
const listenersLeft = (req: FakeRequest) => EVENTS.map((event) => req.listenerCount(event));

describe('jsonBody fast path on a bare stream', () => {
  it('joins a body that arrives in several chunks (a character split across them included)', async () => {
    const body = Buffer.from('{"nome":"João"}');
    const req = fakeRequest(body.length);
    const done = run(req);
    const split = body.indexOf(0xc3) + 1; // inside the two bytes of "ã"
    req.write(body.subarray(0, split));
    req.end(body.subarray(split));
    expect(await done).toBeUndefined();
    expect(req.body).toEqual({ nome: 'João' });
    expect(listenersLeft(req)).toEqual([0, 0, 0, 0]);
  });

  it('more bytes than Content-Length: 400 request.size.invalid at once, the stream paused, listeners removed', async () => {
    const req = fakeRequest(4);
    const done = run(req);
    req.write('{"a":1}'); // no end(): the error must not wait for the end of the body
    const error = await done;
    expect(error).toMatchObject({ message: 'request size did not match content length', status: 400, statusCode: 400, expose: true, type: 'request.size.invalid' });
    expect(req.isPaused()).toBe(true);
    expect(listenersLeft(req)).toEqual([0, 0, 0, 0]);
    expect(req.body).toBeUndefined();
  });

  it('fewer bytes than Content-Length: 400 request.size.invalid', async () => {
    const req = fakeRequest(10);
    const done = run(req);
    req.end('{}');
    expect(await done).toMatchObject({ message: 'request size did not match content length', status: 400, statusCode: 400, expose: true, type: 'request.size.invalid' });
  });

  it("a stream 'error' is a 400 request.aborted carrying the original error", async () => {
    const req = fakeRequest(10);
    const done = run(req);
    const cause = new Error('socket hang up');
    req.emit('error', cause);
    const error = await done;
    expect(error).toBe(cause);
    expect(error).toMatchObject({ status: 400, statusCode: 400, type: 'request.aborted' });
    expect(listenersLeft(req)).toEqual([0, 0, 0, 0]);
  });

  it("'aborted' (client went away) is a 400 request.aborted", async () => {
    const req = fakeRequest(10);
    const done = run(req);
    req.emit('aborted');
    expect(await done).toMatchObject({ message: 'request aborted', status: 400, statusCode: 400, expose: true, type: 'request.aborted' });
    expect(listenersLeft(req)).toEqual([0, 0, 0, 0]);
  });

  it.each([
    ['a leading space before an object', ' {"a":1}', { a: 1 }],
    ['several whitespace characters before an array', ' \t\r\n [1]', [1]],
  ])('parses %s', async (_label, text, expected) => {
    const req = fakeRequest(Buffer.byteLength(text));
    const done = run(req);
    req.end(text);
    expect(await done).toBeUndefined();
    expect(req.body).toEqual(expected);
  });

  it.each([
    ['a string', '"just a string"', 'Unexpected token " in JSON: not an object or array'],
    ['whitespace then a number', '  42', 'Unexpected token 4 in JSON: not an object or array'],
    ['whitespace only', '   ', 'Unexpected token  in JSON: not an object or array'],
    ['a line separator first', '\u2028{}', 'Unexpected token  in JSON: not an object or array'],
  ])('rejects %s like body-parser strict mode: SyntaxError, 400 entity.parse.failed', async (_label, text, message) => {
    const req = fakeRequest(Buffer.byteLength(text));
    const done = run(req);
    req.end(text);
    const error = await done;
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error).toMatchObject({ message, status: 400, statusCode: 400, expose: true, type: 'entity.parse.failed' });
  });
});
