import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { httpSmsGateway } from './http-sms-gateway.js';

describe('httpSmsGateway: SMS through an HTTP bridge', () => {
  let server: Server;
  let url: string;
  const requests: { authorization: string | undefined; body: unknown }[] = [];
  let answer = 200;
  before(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        requests.push({ authorization: request.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        response.statusCode = answer;
        response.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts the phone and text as JSON with the bearer token', async () => {
    await httpSmsGateway({ url, token: 'secret-token' }).send({ phone: '13800138000', text: '【APP备案】您好 hello' });
    assert.deepEqual(requests.at(-1), { authorization: 'Bearer secret-token', body: { phone: '13800138000', text: '【APP备案】您好 hello' } });
  });

  it('fails the attempt when the bridge does not accept the message', async () => {
    answer = 503;
    await assert.rejects(httpSmsGateway({ url }).send({ phone: '13800138000', text: 'x' }), /SMS gateway answered 503/);
    assert.equal(requests.at(-1)!.authorization, undefined);
  });
});
