import { z } from 'zod';
import { partyReference } from './party-reference.js';
import { safeText } from './safe-text.js';
import { materialId } from './material-id.js';
import { materialReference } from './material-reference.js';
import { personForm } from './person-form.js';

export const serviceTypes = ['app', 'mini_program', 'quick_app', 'website'] as const;
export type ServiceType = (typeof serviceTypes)[number];

export const appPlatforms = ['android', 'ios', 'harmonyos', 'other'] as const;
export type AppPlatform = (typeof appPlatforms)[number];

/** 特征信息 of one platform: package name (iOS: bundle id), public key and signature MD5 (iOS: SHA-1). */
export const featureInfoForm = z.strictObject({
  platform: z.enum(appPlatforms),
  packageName: safeText({ min: 1, max: 255 }),
  publicKey: safeText({ max: 8192, multiline: true }).optional(),
  signatureMd5: safeText({ max: 128 }).optional(),
});

/** 网络接入信息: who serves the service, how, where, on which addresses. */
export const accessForm = z.strictObject({
  /** The access provider party id. */
  providerId: partyReference('The access provider: its id or its code (GET /api/v1/parties)'),
  /** Connection method codes (专线, 主机托管, 虚拟主机, 云接入, 其他). */
  connectionMethods: z.array(safeText({ min: 1, max: 32 })).min(1).max(5),
  /** Server location province codes (6-digit), or "overseas" is not allowed for filing. */
  serverLocations: z.array(z.string().regex(/^\d{6}$/)).min(1).max(34),
  /** IPv4/IPv6 addresses or ranges "a-b". */
  ips: z.array(safeText({ min: 1, max: 100 })).max(256).default([]),
  supportsIpv6: z.boolean().default(false),
});

export const preApprovalForm = z.strictObject({
  /** Pre-approval category code: news, publishing, education, medical… */
  category: safeText({ min: 1, max: 32 }),
  approvalNumber: safeText({ min: 1, max: 128 }),
  materialId: materialId.optional(),
});

export const sdkForm = z.strictObject({
  vendor: safeText({ min: 1, max: 128 }),
  name: safeText({ min: 1, max: 128 }),
  purpose: safeText({ max: 256, multiline: true }).optional(),
});

/** One internet information service (互联网信息服务): an APP, mini-program, quick app or website. */
export const serviceForm = z.strictObject({
  type: z.enum(serviceTypes),
  name: safeText({ min: 1, max: 128 }),
  /** Description of the actual business (备注), 20–200 characters by the pre-check rules. */
  remark: safeText({ max: 1000, multiline: true }).default(''),
  languages: z.array(safeText({ min: 1, max: 16 })).min(1).max(20).default(['zh_CN']),
  /** Second-level service content catalogue codes. */
  contentCategories: z.array(safeText({ min: 1, max: 32 })).max(5).default([]),
  /** Empty when no pre-approval is needed (以上都不涉及). */
  preApprovals: z.array(preApprovalForm).max(12).default([]),
  responsiblePerson: personForm,
  /** APP and quick app: one entry per platform. */
  featureInfo: z.array(featureInfoForm).max(8).default([]),
  /** Mini-program / quick app: the hosting platform's party id and the app id within it. */
  hostPlatformId: partyReference('The hosting platform: its id or its code (GET /api/v1/parties)').optional(),
  platformAppId: safeText({ min: 1, max: 128 }).optional(),
  /** Websites and APPs: the domains used (mini-programs and quick apps need none). */
  domains: z.array(safeText({ min: 1, max: 255 })).max(64).default([]),
  /** Websites and APPs: the access information; absent for mini-programs and quick apps. */
  access: accessForm.optional(),
  sdks: z.array(sdkForm).max(200).default([]),
  materials: z.array(materialReference).max(20).default([]),
});

export type FeatureInfoForm = z.infer<typeof featureInfoForm>;
export type AccessForm = z.infer<typeof accessForm>;
export type ServiceForm = z.infer<typeof serviceForm>;
export type ServiceFormInput = z.input<typeof serviceForm>;
