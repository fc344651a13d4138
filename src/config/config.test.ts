import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('links to the port served on when no public URL is set, so the SMS text names a page that answers', () => {
    assert.equal(loadConfig({ PORT: '3100' }).publicUrl, 'http://localhost:3100');
    assert.equal(loadConfig({}).publicUrl, 'http://localhost:3000');
  });

  it('keeps a public URL that is set, whatever the port', () => {
    assert.equal(loadConfig({ PORT: '3100', BEIAN_PUBLIC_URL: 'https://beian.example.cn' }).publicUrl, 'https://beian.example.cn');
  });

  it('refuses a public URL that is not a URL, naming the setting', () => {
    assert.throws(() => loadConfig({ BEIAN_PUBLIC_URL: 'beian.example.cn' }), (e: { code?: string; path?: string }) => e.code === 'VALIDATION_FAILED' && e.path === 'env.BEIAN_PUBLIC_URL');
  });
});
