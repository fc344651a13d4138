import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';

/** Loopback, private, link-local, shared, multicast and reserved ranges: not the public internet. */
const nonPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !nonPublic.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface PostOptions {
  /** Allow loopback and private addresses (demo mode and tests); otherwise only public addresses are connected to. */
  allowPrivateAddresses: boolean;
  timeoutMs: number;
}

class AddressRefused extends Error {}

/**
 * POSTs a body to an http(s) URL and resolves with the status code; redirects are not followed. Unless private
 * addresses are allowed, the address is checked where the connection is made (the resolver's answer is the one
 * connected to, so a name cannot resolve to a public address for a check and a private one for the request).
 */
export function postWebhook(url: string, body: string, headers: Record<string, string>, options: PostOptions): Promise<number> {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return Promise.reject(new Error(`not an http(s) URL: ${target.protocol}`));
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!options.allowPrivateAddresses && isIP(host) !== 0 && !isPublicAddress(host)) {
    return Promise.reject(new AddressRefused('the address is not a public one'));
  }
  const lookup: RequestOptions['lookup'] = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, lookupOptions, (error, address: string | LookupAddress[], family?: number) => {
      if (error || options.allowPrivateAddresses) return (callback as (...args: unknown[]) => void)(error, address, family);
      const addresses = Array.isArray(address) ? address.map((a) => a.address) : [address];
      if (addresses.some((a) => !isPublicAddress(a))) return (callback as (...args: unknown[]) => void)(new AddressRefused(`${hostname} resolves to an address that is not a public one`));
      return (callback as (...args: unknown[]) => void)(null, address, family);
    });
  };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const request = send(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Beian-Webhooks/1', ...headers },
        lookup,
        timeout: options.timeoutMs,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
