import type { CliIo } from '../cli-io.js';
import type { AppInfo, CertificateInfo, SignerInfo } from '../../signing/app-info-types.js';
import { isBeianError } from '../../domain/errors/beian-error.js';
import { readAppInfo } from '../../signing/read-app-info.js';

const USAGE = 'usage: beian app-info FILE [--json] [--verify]';

function certificateLines(certificate: CertificateInfo, indent: string): string[] {
  return [
    `${indent}Subject      ${certificate.subject}`,
    `${indent}Issuer       ${certificate.issuer}`,
    `${indent}Serial       ${certificate.serialNumber}`,
    `${indent}Valid        ${certificate.notBefore.slice(0, 10)} .. ${certificate.notAfter.slice(0, 10)}`,
    `${indent}MD5          ${certificate.md5}`,
    `${indent}SHA-1        ${certificate.sha1}`,
    `${indent}SHA-256      ${certificate.sha256}`,
  ];
}

function signerLines(signer: SignerInfo, index: number): string[] {
  const key = signer.publicKey;
  const sdk = signer.minSdkVersion !== undefined ? ` (SDK ${signer.minSdkVersion}..${signer.maxSdkVersion})` : '';
  const lines = [`Signer #${index + 1}: ${signer.schemes.join(', ')}${sdk}`, ...certificateLines(signer.certificate, '  ')];
  lines.push(`  Key          ${key.algorithm}${key.bits ? ` ${key.bits}` : ''}${key.curve ? ` ${key.curve}` : ''}`);
  if (key.rsaModulusHex) lines.push(`  Modulus      ${key.rsaModulusHex}`);
  lines.push(`  SPKI base64  ${key.spkiBase64}`);
  for (const [i, certificate] of (signer.chain ?? []).entries()) lines.push(`  Chain #${i + 1}`, ...certificateLines(certificate, '    '));
  return lines;
}

/** The readable report: filing values first, since that is what the form asks for. */
export function formatAppInfo(info: AppInfo): string[] {
  const none = '(none)';
  const lines = [
    `Platform       ${info.platform}`,
    `Package name   ${info.packageName ?? none}`,
    `App name       ${info.appName ?? none}`,
    `Version        ${info.versionName ?? none}${info.versionCode ? ` (${info.versionCode})` : ''}`,
    '',
    'Filing values (特征信息)',
    `  包名 Package name          ${info.filing.packageName ?? none}`,
    `  公钥 Public key            ${info.filing.publicKey ?? none}`,
    `  签名MD5 Signature ${info.platform === 'ios' ? 'SHA-1' : 'MD5  '}    ${info.filing.signatureMd5 ?? none}`,
  ];
  if (info.profile) {
    const p = info.profile;
    lines.push('', `Provisioning profile: ${p.type}, team ${p.teamId ?? none} (${p.teamName ?? none}), "${p.name ?? ''}", expires ${p.expirationDate?.slice(0, 10) ?? none}`);
  }
  for (const [index, signer] of info.signers.entries()) lines.push('', ...signerLines(signer, index));
  if (info.lineage.length > 0) {
    lines.push('', 'Rotation lineage (oldest first)');
    for (const [i, certificate] of info.lineage.entries()) lines.push(`  ${i + 1}. ${certificate.subject}  MD5 ${certificate.md5}`);
  }
  if (info.verification) {
    const v = info.verification;
    lines.push('', `Verification   v2 ${v.v2}, v3 ${v.v3}, v3.1 ${v['v3.1']}`);
    for (const problem of v.problems) lines.push(`  ${problem}`);
  }
  for (const warning of info.warnings) lines.push('', `Warning ${warning.code}`, `  ${warning.message.zh}`, `  ${warning.message.en}`);
  return lines;
}

/** `beian app-info FILE [--json] [--verify]`: exit 0 on success, 1 when --verify finds a bad signature, 2 on unusable input. */
export async function appInfo(args: string[], io: CliIo): Promise<number> {
  let json = false;
  let verify = false;
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--verify') verify = true;
    else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (arg.startsWith('-') && arg !== '-') {
      io.err(`beian app-info: unknown option ${arg}; ${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.err(`beian app-info: ${files.length === 0 ? 'no file given' : 'one file at a time'}; ${USAGE}`);
    return 2;
  }
  const file = files[0]!;
  let info: AppInfo;
  try {
    info = await readAppInfo(file, { verify });
  } catch (error) {
    if (isBeianError(error)) {
      const reason = typeof error.details?.reason === 'string' && error.code !== 'APP_PACKAGE_NOT_FOUND' ? ` (${error.details.reason})` : '';
      io.err(`beian app-info: ${file}: ${error.code}: ${error.messages.zh} / ${error.messages.en}${reason}`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`beian app-info: ${file}: cannot read: ${code ?? (error as Error).message}`);
    return 2;
  }
  if (json) io.out(JSON.stringify(info, null, 2));
  else for (const line of formatAppInfo(info)) io.out(line);
  return info.verification && info.verification.problems.length > 0 ? 1 : 0;
}
