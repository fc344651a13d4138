import { packageFailure } from '../package-failure.js';
import type { PlistValue } from './plist-value.js';

const MAX_DEPTH = 64;

function corrupt(detail: string): Error {
  return packageFailure('APP_PACKAGE_CORRUPT', `XML property list: ${detail}`);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'amp') return '&';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Parses an XML property list (the plist DTD's elements only). */
export function parseXmlPlist(text: string): PlistValue {
  const tokens = text.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>|<!--[\s\S]*?-->|<[?!][^>]*>/g);
  const iterator = tokens[Symbol.iterator]();
  const next = (): { close: boolean; name: string; selfClosing: boolean; start: number; end: number } => {
    for (;;) {
      const step = iterator.next();
      if (step.done) throw corrupt('unexpected end');
      const match = step.value;
      if (!match[2]) continue;
      return { close: match[1] === '/', name: match[2], selfClosing: match[3] === '/', start: match.index, end: match.index + match[0].length };
    }
  };
  const textUntilClose = (name: string, from: number): string => {
    const close = next();
    if (!close.close || close.name !== name) throw corrupt(`<${name}> not closed`);
    return decodeEntities(text.slice(from, close.start));
  };
  const value = (depth: number, open = next()): PlistValue => {
    if (depth > MAX_DEPTH) throw corrupt('nested too deeply');
    if (open.close) throw corrupt(`unexpected </${open.name}>`);
    switch (open.name) {
      case 'plist':
        return value(depth + 1);
      case 'true':
      case 'false':
        if (!open.selfClosing) textUntilClose(open.name, open.end);
        return open.name === 'true';
      case 'string':
      case 'key':
        return open.selfClosing ? '' : textUntilClose(open.name, open.end);
      case 'integer':
      case 'real':
        return Number(textUntilClose(open.name, open.end).trim());
      case 'date':
        return new Date(textUntilClose(open.name, open.end).trim());
      case 'data':
        return Buffer.from(textUntilClose(open.name, open.end).replace(/\s+/g, ''), 'base64');
      case 'array': {
        const out: PlistValue[] = [];
        if (open.selfClosing) return out;
        for (;;) {
          const item = next();
          if (item.close && item.name === 'array') return out;
          out.push(value(depth + 1, item));
        }
      }
      case 'dict': {
        const out: Record<string, PlistValue> = {};
        if (open.selfClosing) return out;
        for (;;) {
          const key = next();
          if (key.close && key.name === 'dict') return out;
          if (key.name !== 'key') throw corrupt('dict entry without <key>');
          const name = key.selfClosing ? '' : textUntilClose('key', key.end);
          out[name] = value(depth + 1);
        }
      }
      default:
        throw corrupt(`unknown element <${open.name}>`);
    }
  };
  return value(0);
}
