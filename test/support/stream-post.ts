import { request } from 'node:http';

export interface StreamedAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Each NDJSON line of the answer, parsed (or the raw text of a non-NDJSON answer in `text`). */
  lines: unknown[];
  text: string;
}

/**
 * POSTs a body written chunk by chunk (honouring back-pressure) while the answer is read as it arrives: the way a
 * platform's client streams a large check. `onLine` sees each answer line as it comes.
 */
export function streamPost(
  url: string,
  options: { headers: Record<string, string>; body: AsyncIterable<string> | Iterable<string>; onLine?: (line: unknown) => void; keepLines?: boolean },
): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...options.headers, 'transfer-encoding': 'chunked' } }, (res) => {
      const lines: unknown[] = [];
      let rest = '';
      let text = '';
      const ndjson = String(res.headers['content-type'] ?? '').startsWith('application/x-ndjson');
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (!ndjson) {
          text += chunk;
          return;
        }
        rest += chunk;
        let end = rest.indexOf('\n');
        while (end >= 0) {
          const line = JSON.parse(rest.slice(0, end)) as unknown;
          options.onLine?.(line);
          if (options.keepLines ?? true) lines.push(line);
          rest = rest.slice(end + 1);
          end = rest.indexOf('\n');
        }
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, lines, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    void (async () => {
      try {
        for await (const chunk of options.body) {
          if (!req.write(chunk)) await new Promise((done) => req.once('drain', done));
        }
        req.end();
      } catch (error) {
        req.destroy(error as Error);
      }
    })();
  });
}
