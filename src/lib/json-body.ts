import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';

/**
 * `express.json({ limit })` with a fast path for the common GraphQL request: `Content-Type:
 * application/json` (optionally `; charset=utf-8`), no `Content-Encoding`, a `Content-Length` within
 * the limit. That case is read and parsed here with body-parser's rules (strict: an object or an
 * array; an empty body is `{}`; a length mismatch or bad JSON is a 400 whose `type` matches
 * body-parser's). Everything else (other media types and charsets, compressed or chunked bodies,
 * oversize bodies → 413) goes to express.json unchanged.
 *
 * Why: on `{ __typename }` body-parser (type-is, content-type, raw-body, iconv, on-finished) was
 * about 12% of the request's CPU in the bench profile (docs/performance.md).
 */
export function jsonBody(limit: number): RequestHandler {
  const fallback = express.json({ limit });
  return (req: Request, res: Response, next: NextFunction) => {
    const headers = req.headers;
    // Mutants of the fast-path guard that only send more requests to `express.json` are equivalent:
    // it parses them the same way, only more slowly (docs/testing.md, "Mutation testing").
    // Stryker disable next-line StringLiteral: a wrong header name sends every request to express.json
    const length = headers['content-length'];
    if (
      req.body !== undefined ||
      headers['content-encoding'] !== undefined ||
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: Node rejects Transfer-Encoding with Content-Length, so a chunked body has no length and the next check sends it to express.json
      headers['transfer-encoding'] !== undefined ||
      // Stryker disable next-line ConditionalExpression,EqualityOperator: without a length, Number(undefined) is NaN and the safe-integer check sends it to express.json
      length === undefined ||
      // Stryker disable next-line StringLiteral: a wrong header name sends every request to express.json
      !isPlainJson(headers['content-type'])
    ) {
      return fallback(req, res, next);
    }
    const expected = Number(length);
    // Stryker disable next-line ConditionalExpression,BooleanLiteral: Node only accepts a decimal Content-Length, so `expected` is always a safe integer here
    if (!Number.isSafeInteger(expected)) return fallback(req, res, next);
    if (expected > limit) return fallback(req, res, next);
    // Stryker disable next-line BlockStatement: a shortcut; readJson gives an empty body {} too (`expected === 0` → false survives for the same reason; → true is killed)
    if (expected === 0) {
      req.body = {};
      return next();
    }
    readJson(req, expected, next);
  };
}

function isPlainJson(type: string | undefined): boolean {
  if (type === undefined) return false;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut for the common header; the regex below rejects every 16-character type, so either branch answers the same
  if (type.length === 16) {
    // Stryker disable next-line MethodExpression,StringLiteral: these only reject plain application/json, which express.json then parses the same way
    return type.toLowerCase() === 'application/json';
  }
  return /^application\/json\s*;\s*charset="?utf-8"?\s*$/i.test(type);
}

function readJson(req: Request, expected: number, next: NextFunction): void {
  const chunks: Buffer[] = [];
  let received = 0;
  let done = false;
  const finish = (error?: Error) => {
    // Belt and braces: the listeners are removed below, so nothing calls finish twice (`done` → false survives).
    if (done) return;
    // Stryker disable next-line BooleanLiteral: see above
    done = true;
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    req.off('aborted', onAborted);
    next(error);
  };
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received > expected) {
      req.pause();
      finish(httpError(400, 'request size did not match content length', 'request.size.invalid'));
    } else chunks.push(chunk);
  };
  const onEnd = () => {
    if (received !== expected) return finish(httpError(400, 'request size did not match content length', 'request.size.invalid'));
    const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, received).toString('utf8');
    try {
      req.body = parseStrict(text);
    } catch (error) {
      return finish(Object.assign(error as Error, { status: 400, statusCode: 400, expose: true, type: 'entity.parse.failed' }));
    }
    finish();
  };
  const onError = (error: Error) => finish(Object.assign(error, { status: 400, statusCode: 400, type: 'request.aborted' }));
  const onAborted = () => finish(httpError(400, 'request aborted', 'request.aborted'));
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
  req.on('aborted', onAborted);
}

/** body-parser's strict JSON: an object or an array (leading whitespace allowed), '' → {}. */
function parseStrict(text: string): unknown {
  // Unreachable from jsonBody, which answers a zero Content-Length before reading (→ false survives).
  if (text.length === 0) return {};
  const first = text[0];
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a shortcut; the whitespace-skipping check below gives the same answer
  if (first !== '{' && first !== '[') {
    // eslint-disable-next-line no-control-regex -- JSON's whitespace (RFC 8259) includes tab, LF and CR
    const firstReal = /^[\x20\x09\x0a\x0d]*(.|$)/.exec(text)?.[1];
    if (firstReal !== '{' && firstReal !== '[') throw new SyntaxError(`Unexpected token ${firstReal ?? ''} in JSON: not an object or array`);
  }
  return JSON.parse(text);
}

function httpError(status: number, message: string, type: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type });
}
