import type { CliIo } from '../cli-io.js';

export async function appInfo(_args: string[], io: CliIo): Promise<number> {
  io.err('beian app-info: not implemented yet');
  return 2;
}
