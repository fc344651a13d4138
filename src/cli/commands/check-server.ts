import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CheckLine } from '../../flows/registry/check-rows.js';

export class ServerRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`the server answered ${status}`);
  }
}

/**
 * Streams a check file to a Beian server's POST /api/v1/checks and yields its answer lines as they arrive (the
 * request goes on being sent while answers come back).
 */
export async function* checkOnServer(server: string, key: string, input: Readable, contentType: string): AsyncGenerator<CheckLine> {
  const url = new URL('/api/v1/checks', server.endsWith('/') ? server : `${server}/`);
  const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${key}`, accept: 'application/x-ndjson' },
  });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    request.on('response', resolve);
    request.on('error', reject);
  });
  input.on('error', (error) => request.destroy(error));
  input.pipe(request);
  const res = await response;
  if (res.statusCode !== 200) {
    let body = '';
    for await (const chunk of res) body += String(chunk);
    input.destroy();
    throw new ServerRefused(res.statusCode ?? 0, body.slice(0, 2000));
  }
  for await (const line of createInterface({ input: res, crlfDelay: Infinity })) {
    if (line.trim() !== '') yield JSON.parse(line) as CheckLine;
  }
}
