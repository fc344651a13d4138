import { z } from 'zod';
import { BeianError } from '../domain/errors/beian-error.js';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const int = (min: number) => z.coerce.number().int().min(min);

/** Every setting, read from the environment once at start-up; defaults run on one laptop. */
const environment = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'expected postgres://…').optional(),
  BEIAN_DATA_DIR: z.string().min(1).default('./data'),
  PORT: int(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  /** Unset: on with the embedded database, off with DATABASE_URL. */
  BEIAN_DEMO: flag.optional(),
  BEIAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Unset: http://localhost and the port served on (links in SMS texts, credentials and pages). */
  BEIAN_PUBLIC_URL: z.string().url().optional(),
  BEIAN_SESSION_HOURS: int(1).default(12),
  BEIAN_PROVIDER_REVIEW_WORKING_DAYS: int(1).default(3),
  BEIAN_SMS_HOURS: int(1).default(24),
  BEIAN_SMS_MAX_WRONG_CODES: int(1).default(5),
  BEIAN_SMS_RESEND_INTERVAL_SECONDS: int(0).default(60),
  BEIAN_SMS_MAX_SENDS: int(1).default(5),
  BEIAN_SMS_VERIFY_ATTEMPTS_PER_PHONE_HOUR: int(1).default(10),
  BEIAN_SMS_VERIFY_FREE_ATTEMPTS_PER_PHONE: int(0).default(3),
  BEIAN_SMS_VERIFY_FREE_ATTEMPTS_PER_ADDRESS: int(0).default(10),
  BEIAN_POW_DIFFICULTY: int(2).default(5000),
  BEIAN_BUREAU_REVIEW_WORKING_DAYS: int(1).default(20),
  BEIAN_SWEEP_INTERVAL_SECONDS: int(1).default(30),
  BEIAN_APP_INFO_MAX_BYTES: int(1).default(4 * 1024 ** 3),
  BEIAN_APP_INFO_ANONYMOUS_MAX_BYTES: int(1).default(512 * 1024 ** 2),
  BEIAN_APP_INFO_PER_HOUR: int(1).default(120),
  BEIAN_APP_INFO_ANONYMOUS_PER_HOUR: int(1).default(20),
  BEIAN_UPLOAD_TMP_DIR: z.string().min(1).optional(),
  BEIAN_UPLOAD_MIN_FREE_BYTES: int(0).default(1024 ** 3),
  BEIAN_MATERIAL_MAX_BYTES: int(1).default(10 * 1024 ** 2),
  BEIAN_TRUST_PROXY: flag.default(false),
  BEIAN_REGIONS_FILE: z.string().min(1).optional(),
  BEIAN_BUREAU_POLICIES_FILE: z.string().min(1).optional(),
  BEIAN_LOGIN_ATTEMPTS_PER_MINUTE: int(1).default(10),
  BEIAN_SMS_VERIFY_ATTEMPTS_PER_MINUTE: int(1).default(20),
  BEIAN_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'expected smtp://… or smtps://…').optional(),
  BEIAN_MAIL_FROM: z.string().min(3).default('APP备案 <beian@localhost>'),
  BEIAN_SMS_GATEWAY_URL: z.string().regex(/^https?:\/\//, 'expected http://… or https://…').optional(),
  BEIAN_SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  BEIAN_OUTBOX_LEASE_SECONDS: int(5).default(300),
  BEIAN_ANONYMOUS_LOOKUPS_PER_MINUTE: int(1).default(120),
  BEIAN_SESSION_ROWS_PER_DAY: int(0).default(1_000_000),
  BEIAN_API_KEY_MAX_REQUESTS_PER_MINUTE: int(1).default(6000),
  BEIAN_API_KEY_MAX_ROWS_PER_DAY: int(0).default(10_000_000),
  BEIAN_SIGNING_KEY_FILE: z.string().min(1).optional(),
  BEIAN_CREDENTIAL_DAYS: int(1).max(366).default(7),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Demo data, published demo passwords and the developer inbox: on by default only with the embedded database. */
  demo: boolean;
  logLevel: z.infer<typeof environment>['BEIAN_LOG_LEVEL'];
  publicUrl: string;
  sessionHours: number;
  policy: {
    providerReviewWorkingDays: number;
    smsHours: number;
    smsMaxWrongCodes: number;
    smsResendIntervalSeconds: number;
    smsMaxSends: number;
    bureauReviewWorkingDays: number;
    /** SMS code entries per phone per hour, whatever their outcome; more are refused until the hour is over. */
    smsVerifyAttemptsPerPhoneHour: number;
    /** Entries per phone, and per client address, per hour before each further entry needs a proof of work. */
    smsVerifyFreeAttemptsPerPhone: number;
    smsVerifyFreeAttemptsPerAddress: number;
    /** Largest counter a proof-of-work solver may have to reach (the work is about half of it on average). */
    proofOfWorkDifficulty: number;
  };
  sweepIntervalSeconds: number;
  appInfoMaxBytes: number;
  /** Package reading (POST /app-info): size and hourly rate, for signed-in callers and, separately, anonymous ones. */
  appInfo: { anonymousMaxBytes: number; perHour: number; anonymousPerHour: number };
  /** Where uploads are spooled (the system temporary directory by default), and the free space below which they are refused. */
  uploads: { tmpDir: string | undefined; minFreeBytes: number };
  materialMaxBytes: number;
  /** A JSON province table replacing the built-in one (abbreviations and aliases of filing numbers). */
  regionsFile: string | undefined;
  /** A JSON file of bureau policy fields laid over the shipped table, by province code. */
  bureauPoliciesFile: string | undefined;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /** Per client address, per minute. */
  rateLimits: { login: number; smsVerify: number };
  /** Where notices and SMS codes leave the system (demo mode without them: the developer inbox). */
  gateways: {
    smtpUrl: string | undefined;
    mailFrom: string;
    smsUrl: string | undefined;
    smsToken: string | undefined;
    outboxLeaseSeconds: number;
  };
  /**
   * Registry API allowances: lookups without a key per client address per minute; rows (bulk check and report
   * lines) per signed-in person per day; the most a key's creator may give it per minute and per day.
   */
  quotas: { anonymousLookupsPerMinute: number; sessionRowsPerDay: number; keyMaxRequestsPerMinute: number; keyMaxRowsPerDay: number };
  /** Filing credentials: where the Ed25519 signing keys are kept (default: signing-keys.json in the data directory) and how long a credential is valid. */
  credentials: { signingKeyFile: string | undefined; validDays: number };
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environment.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BeianError('VALIDATION_FAILED', {
      path: `env.${issue.path.join('.')}`,
      message: `invalid setting ${issue.path.join('.')}: ${issue.message}`,
    });
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.BEIAN_DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    demo: e.BEIAN_DEMO ?? e.DATABASE_URL === undefined,
    logLevel: e.BEIAN_LOG_LEVEL,
    publicUrl: e.BEIAN_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    sessionHours: e.BEIAN_SESSION_HOURS,
    policy: {
      providerReviewWorkingDays: e.BEIAN_PROVIDER_REVIEW_WORKING_DAYS,
      smsHours: e.BEIAN_SMS_HOURS,
      smsMaxWrongCodes: e.BEIAN_SMS_MAX_WRONG_CODES,
      smsResendIntervalSeconds: e.BEIAN_SMS_RESEND_INTERVAL_SECONDS,
      smsMaxSends: e.BEIAN_SMS_MAX_SENDS,
      bureauReviewWorkingDays: e.BEIAN_BUREAU_REVIEW_WORKING_DAYS,
      smsVerifyAttemptsPerPhoneHour: e.BEIAN_SMS_VERIFY_ATTEMPTS_PER_PHONE_HOUR,
      smsVerifyFreeAttemptsPerPhone: e.BEIAN_SMS_VERIFY_FREE_ATTEMPTS_PER_PHONE,
      smsVerifyFreeAttemptsPerAddress: e.BEIAN_SMS_VERIFY_FREE_ATTEMPTS_PER_ADDRESS,
      proofOfWorkDifficulty: e.BEIAN_POW_DIFFICULTY,
    },
    sweepIntervalSeconds: e.BEIAN_SWEEP_INTERVAL_SECONDS,
    appInfoMaxBytes: e.BEIAN_APP_INFO_MAX_BYTES,
    appInfo: {
      anonymousMaxBytes: Math.min(e.BEIAN_APP_INFO_ANONYMOUS_MAX_BYTES, e.BEIAN_APP_INFO_MAX_BYTES),
      perHour: e.BEIAN_APP_INFO_PER_HOUR,
      anonymousPerHour: e.BEIAN_APP_INFO_ANONYMOUS_PER_HOUR,
    },
    uploads: { tmpDir: e.BEIAN_UPLOAD_TMP_DIR, minFreeBytes: e.BEIAN_UPLOAD_MIN_FREE_BYTES },
    materialMaxBytes: e.BEIAN_MATERIAL_MAX_BYTES,
    regionsFile: e.BEIAN_REGIONS_FILE,
    bureauPoliciesFile: e.BEIAN_BUREAU_POLICIES_FILE,
    trustProxy: e.BEIAN_TRUST_PROXY,
    rateLimits: { login: e.BEIAN_LOGIN_ATTEMPTS_PER_MINUTE, smsVerify: e.BEIAN_SMS_VERIFY_ATTEMPTS_PER_MINUTE },
    gateways: {
      smtpUrl: e.BEIAN_SMTP_URL,
      mailFrom: e.BEIAN_MAIL_FROM,
      smsUrl: e.BEIAN_SMS_GATEWAY_URL,
      smsToken: e.BEIAN_SMS_GATEWAY_TOKEN,
      outboxLeaseSeconds: e.BEIAN_OUTBOX_LEASE_SECONDS,
    },
    quotas: {
      anonymousLookupsPerMinute: e.BEIAN_ANONYMOUS_LOOKUPS_PER_MINUTE,
      sessionRowsPerDay: e.BEIAN_SESSION_ROWS_PER_DAY,
      keyMaxRequestsPerMinute: e.BEIAN_API_KEY_MAX_REQUESTS_PER_MINUTE,
      keyMaxRowsPerDay: e.BEIAN_API_KEY_MAX_ROWS_PER_DAY,
    },
    credentials: { signingKeyFile: e.BEIAN_SIGNING_KEY_FILE, validDays: e.BEIAN_CREDENTIAL_DAYS },
  };
}
