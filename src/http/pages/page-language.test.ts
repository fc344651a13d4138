import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageLanguage } from './page-language.js';

describe('the language of a server-rendered page', () => {
  it('takes an explicit lang first, then the preferred of Chinese and English in Accept-Language, else Chinese', () => {
    assert.equal(pageLanguage('en', 'zh-CN'), 'en');
    assert.equal(pageLanguage('zh', 'en-US'), 'zh');
    assert.equal(pageLanguage('fr', 'en-US,en;q=0.9'), 'en', 'an unknown lang is ignored');
    assert.equal(pageLanguage(undefined, 'en-GB,en;q=0.9,zh-CN;q=0.5'), 'en');
    assert.equal(pageLanguage(undefined, 'fr-FR,zh-TW;q=0.8,en;q=0.5'), 'zh', 'the first known language by preference');
    assert.equal(pageLanguage(undefined, 'zh;q=0.3,en;q=0.7'), 'en', 'by q, not by order');
    assert.equal(pageLanguage(undefined, 'en;q=0,zh-CN;q=0.1'), 'zh', 'q=0 means not acceptable');
    assert.equal(pageLanguage(undefined, 'de-DE'), 'zh');
    assert.equal(pageLanguage(undefined, undefined), 'zh');
  });
});
