import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ContentInfo, SignedData } from '@peculiar/asn1-cms';
import { AsnConvert } from '@peculiar/asn1-schema';
import { bufferSource } from '../byte-source.js';
import { readHapSigningBlock, HAP_PROFILE_BLOCK, HAP_SIGNATURE_BLOCK } from '../hap/hap-signing-block.js';
import { readZipEntry } from '../zip/read-zip-entry.js';
import { readZipDirectory } from '../zip/zip-directory.js';
import { parseSignedData } from './cms-signed-data.js';

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);

/** Every PKCS#7/CMS blob the fixtures carry: v1 signature blocks, the provisioning profile, the HAP sub-blocks. */
async function envelopes(): Promise<Array<[string, Buffer]>> {
  const out: Array<[string, Buffer]> = [];
  for (const file of ['apk/rsa-v1.apk', 'apk/ec-v1.apk', 'apk/multi-v1v2.apk', 'apk/rotated-v1v2v3.apk', 'ipa/lab.ipa']) {
    const source = bufferSource(readFileSync(new URL(file, FIXTURES)));
    const zip = await readZipDirectory(source);
    for (const entry of zip.entries.filter((e) => /(\.(RSA|EC|DSA)|embedded\.mobileprovision)$/.test(e.name))) {
      out.push([`${file}:${entry.name}`, await readZipEntry(source, zip, entry, 1 << 20)]);
    }
  }
  const hap = bufferSource(readFileSync(new URL('hap/filinglab-signed.hap', FIXTURES)));
  const blocks = await readHapSigningBlock(hap, await readZipDirectory(hap));
  out.push(['hap signature', blocks!.get(HAP_SIGNATURE_BLOCK)!], ['hap profile', blocks!.get(HAP_PROFILE_BLOCK)!]);
  return out;
}

describe('parseSignedData', () => {
  it('finds the same certificates, signer serials and content as @peculiar/asn1-cms', async () => {
    const found = await envelopes();
    assert.ok(found.length >= 7, `${found.length} envelopes`);
    for (const [name, bytes] of found) {
      const ours = parseSignedData(bytes, name);
      const reference = AsnConvert.parse(AsnConvert.parse(bytes, ContentInfo).content, SignedData);
      const certificates = Array.from(reference.certificates ?? [], (c) => Buffer.from(AsnConvert.serialize(c.certificate!)));
      assert.deepEqual(ours.certificates, certificates, name);
      const serials = Array.from(reference.signerInfos, (s) => Buffer.from(s.sid.issuerAndSerialNumber!.serialNumber).toString('hex').replace(/^(00)+(?=.)/, ''));
      assert.deepEqual(ours.signerSerials, serials, name);
      const content = reference.encapContentInfo.eContent;
      const expected = content?.single ? Buffer.from(content.single.buffer) : undefined;
      assert.deepEqual(ours.content, expected, name);
    }
  });
});
