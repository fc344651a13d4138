import type { CliIo } from '../cli-io.js';

export async function precheck(_args: string[], io: CliIo): Promise<number> {
  io.err('beian precheck: not implemented yet');
  return 2;
}
