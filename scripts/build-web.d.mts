export function webBuildIsFresh(): boolean;
export function buildWeb(options?: { force?: boolean }): Promise<boolean>;
