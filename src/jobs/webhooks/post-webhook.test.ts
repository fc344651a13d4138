import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { isPublicAddress, postWebhook } from './post-webhook.js';

describe('postWebhook address policy', () => {
  it('tells public addresses from loopback, private, link-local and mapped ones', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', '::ffff:127.0.0.1', 'fe80::1', 'fd00::1', '224.0.0.1']) {
      assert.equal(isPublicAddress(address), false, address);
    }
    for (const address of ['8.8.8.8', '1.1.1.1', '203.119.1.1', '2001:4860:4860::8888', '240e::1']) {
      assert.equal(isPublicAddress(address), true, address);
    }
    assert.equal(isPublicAddress('example.com'), false, 'names are resolved first, never passed as addresses');
  });

  it('refuses loopback by literal address and by name, and connects when private addresses are allowed', async () => {
    let hits = 0;
    const server = createServer((_request, response) => {
      hits += 1;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const strict = { allowPrivateAddresses: false, timeoutMs: 2000 };
      await assert.rejects(postWebhook(`http://127.0.0.1:${port}/`, '{}', {}, strict), /not a public one/);
      await assert.rejects(postWebhook(`http://localhost:${port}/`, '{}', {}, strict), /not a public one/);
      await assert.rejects(postWebhook(`ftp://127.0.0.1:${port}/`, '{}', {}, strict), /not an http\(s\) URL/);
      assert.equal(hits, 0);
      assert.equal(await postWebhook(`http://localhost:${port}/`, '{}', {}, { allowPrivateAddresses: true, timeoutMs: 2000 }), 200);
      assert.equal(hits, 1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
