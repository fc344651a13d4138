export function webBuildIsFresh(): boolean;
export function buildWeb(options?: { force?: boolean }): Promise<boolean>;
/** Writes .gz and .br beside every compressible file of at least 512 bytes under dir; returns how many it compressed. */
export function precompress(dir: string): number;
