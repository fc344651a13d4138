import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const webSrc = fileURLToPath(new URL('../../web/src/', import.meta.url));
const messagesDir = join(webSrc, 'i18n', 'messages');
const fileNames = (language: string) => readdirSync(join(messagesDir, language)).filter((name) => name.endsWith('.json')).sort();
const readTree = (language: string, name: string) =>
  JSON.parse(readFileSync(join(messagesDir, language, name), 'utf8')) as Record<string, unknown>;

/** One language's messages: its files merged, each file owning its top-level keys. */
function messages(language: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const name of fileNames(language)) {
    for (const [key, value] of Object.entries(readTree(language, name))) {
      assert.ok(!(key in merged), `${language}/${name}: top-level key "${key}" is already owned by another file`);
      merged[key] = value;
    }
  }
  return merged;
}

function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value as Record<string, unknown>, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(tsx?)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const zh = flatten(messages('zh-CN'));
const en = flatten(messages('en'));

describe('the portals’ messages', () => {
  it('come in the same files for both languages', () => {
    assert.deepEqual(fileNames('en'), fileNames('zh-CN'));
  });

  it('have every key in both zh-CN and English, none empty', () => {
    assert.deepEqual([...zh.keys()].filter((k) => !en.has(k)), [], 'missing in English');
    assert.deepEqual([...en.keys()].filter((k) => !zh.has(k)), [], 'missing in zh-CN');
    for (const [key, value] of [...zh, ...en]) assert.ok(typeof value === 'string' && value.trim(), `empty message ${key}`);
  });

  it('have the same {{placeholders}} in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of zh) assert.deepEqual(placeholders(en.get(key)), placeholders(value), key);
  });

  it('cover every literal key the components ask for', () => {
    const missing: string[] = [];
    for (const file of sources(webSrc)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) if (!zh.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
      for (const match of text.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) {
        if (![...zh.keys()].some((k) => k.startsWith(`${match[1]}.`))) missing.push(`${file}: ${match[1]}.*`);
      }
      for (const match of text.matchAll(/label: '([\w]+\.[\w.]+)'/g)) if (!zh.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
    }
    assert.deepEqual(missing, []);
  });

  it('are the only place with Chinese text: no component hard-codes it', () => {
    const offenders = sources(webSrc).filter((file) => /\p{Script=Han}/u.test(readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    assert.deepEqual(offenders, []);
  });
});
