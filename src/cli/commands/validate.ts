import type { CliIo } from '../cli-io.js';
import type { IdentityIssue } from '../../domain/identity/identity-issue.js';

const USAGE = 'usage: beian validate KIND VALUE [--json] [--today YYYY-MM-DD]';

interface Outcome {
  valid: boolean;
  normalized?: string;
  issues: IdentityIssue[];
}

type Validator = (value: string, today: string) => Promise<Outcome>;

/** The kinds, each loading only the validator it needs so the command starts quickly. */
const kinds: Record<string, { summary: string; run: Validator }> = {
  'resident-id': {
    summary: 'resident identity card number (GB 11643)',
    run: async (v, today) => (await import('../../domain/identity/resident-id.js')).checkResidentId(v, { today }),
  },
  uscc: { summary: 'unified social credit code (GB 32100)', run: async (v) => (await import('../../domain/identity/uscc.js')).checkUscc(v) },
  'hk-macau-permit': {
    summary: "Hong Kong/Macau residents' mainland travel permit",
    run: async (v) => (await import('../../domain/identity/travel-permits.js')).checkHkMacauPermit(v),
  },
  'taiwan-permit': {
    summary: "Taiwan residents' mainland travel permit",
    run: async (v) => (await import('../../domain/identity/travel-permits.js')).checkTaiwanPermit(v),
  },
  'residence-permit': {
    summary: 'residence permit for Hong Kong, Macau and Taiwan residents',
    run: async (v, today) => (await import('../../domain/identity/residence-permit.js')).checkResidencePermit(v, { today }),
  },
  'foreign-permanent-id': {
    summary: "foreigner's permanent residence ID (15 or 18 characters)",
    run: async (v, today) => (await import('../../domain/identity/foreign-permanent-id.js')).checkForeignPermanentId(v, { today }),
  },
  passport: { summary: 'passport number (format only)', run: async (v) => (await import('../../domain/identity/travel-permits.js')).checkPassport(v) },
  mobile: { summary: 'mainland mobile number, with or without +86', run: async (v) => (await import('../../domain/identity/mobile-number.js')).checkMobileNumber(v) },
  phone: { summary: 'fixed-line number with area code', run: async (v) => (await import('../../domain/identity/fixed-line-number.js')).checkFixedLineNumber(v) },
  email: { summary: 'e-mail address', run: async (v) => (await import('../../domain/identity/email-address.js')).checkEmailAddress(v) },
  domain: {
    summary: 'domain name usable for filing (IDN, at most 4 levels, TLD on the filing list)',
    run: async (v) => {
      const { checkDomainName } = await import('../../domain/identity/domain-name.js');
      const { loadFilingTlds } = await import('../../runtime/load-filing-tlds.js');
      const { identityIssue } = await import('../../domain/identity/identity-issues.js');
      const check = checkDomainName(v);
      if (check.ascii === '' || loadFilingTlds().has(check.tld)) return check;
      return { valid: false, normalized: check.normalized, issues: [...check.issues, identityIssue('DOMAIN_TLD_NOT_FILABLE')] };
    },
  },
  ip: { summary: 'IPv4/IPv6 address, range a-b or CIDR, public', run: async (v) => (await import('../../domain/identity/ip-address.js')).checkIpEntry(v) },
  'package-name': {
    summary: 'Android package name',
    run: async (v) => (await import('../../domain/identity/app-identifiers.js')).checkAndroidPackageName(v),
  },
  'bundle-id': { summary: 'iOS bundle id', run: async (v) => (await import('../../domain/identity/app-identifiers.js')).checkIosBundleId(v) },
  'app-name': {
    summary: 'APP name (rules for any subject that is neither a state body nor an individual)',
    run: async (v) => {
      const { appNameFindings } = await import('../../domain/precheck/app-name-rules.js');
      const issues = appNameFindings(v, '', { stateBody: false, individual: false }).map(({ code, severity, message, fix }) => ({ code, severity, message, fix }));
      return { valid: !issues.some((i) => i.severity === 'error'), normalized: v.trim(), issues };
    },
  },
  'filing-number': {
    summary: 'filing number such as 京ICP备2023012345号-2A',
    run: async (v) => {
      const result = (await import('../../domain/numbers/parse-filing-number.js')).parseFilingNumber(v);
      if (result.valid) return { valid: true, normalized: result.number.text, issues: [] };
      const fix = { zh: '按“省份简称ICP备主体号号-序号”的格式填写，如 京ICP备2023012345号-2A', en: 'Write it as province + ICP备 + subject number + 号 + -index, e.g. 京ICP备2023012345号-2A' };
      return { valid: false, issues: [{ code: 'FILING_NUMBER_INVALID', severity: 'error', message: result.reason, fix }] };
    },
  },
};

/** Today in Asia/Shanghai, YYYY-MM-DD. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function usage(io: CliIo): void {
  io.err(USAGE);
  io.err('kinds:');
  for (const [name, { summary }] of Object.entries(kinds)) io.err(`  ${name.padEnd(21)} ${summary}`);
}

/** `beian validate KIND VALUE [--json]`: exit 0 valid (warnings allowed), 1 invalid, 2 unknown kind or bad usage. */
export async function validate(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const todayIndex = args.indexOf('--today');
  const today = todayIndex >= 0 ? args[todayIndex + 1] : shanghaiToday();
  const positional = args.filter((a, i) => a !== '--json' && a !== '--today' && (todayIndex < 0 || i !== todayIndex + 1));
  if (today === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(today) || positional.length !== 2) {
    usage(io);
    return 2;
  }
  const [kind = '', value = ''] = positional;
  const validator = kinds[kind];
  if (!validator) {
    io.err(`beian validate: unknown kind "${kind}"`);
    usage(io);
    return 2;
  }
  const outcome = await validator.run(value, today);
  if (json) {
    io.out(JSON.stringify({ valid: outcome.valid, issues: outcome.issues }, null, 2));
  } else {
    io.out(outcome.valid ? `valid${outcome.normalized !== undefined ? `: ${outcome.normalized}` : ''}` : 'invalid');
    for (const issue of outcome.issues) {
      io.out(`  ${issue.severity} ${issue.code}: ${issue.message.zh} / ${issue.message.en}`);
      io.out(`    fix: ${issue.fix.zh} / ${issue.fix.en}`);
    }
  }
  return outcome.valid ? 0 : 1;
}
