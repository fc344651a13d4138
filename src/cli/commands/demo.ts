import type { CliIo } from '../cli-io.js';

export async function demo(_args: string[], io: CliIo): Promise<number> {
  io.err('beian demo: not implemented yet');
  return 2;
}
