import type { CliIo } from '../cli-io.js';

export async function audit(_args: string[], io: CliIo): Promise<number> {
  io.err('beian audit: not implemented yet');
  return 2;
}
