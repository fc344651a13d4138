import { z } from 'zod';
import { partyReference } from './party-reference.js';
import { safeText } from './safe-text.js';
import { serviceForm } from './service-form.js';
import { subjectForm } from './subject-form.js';

/** The kinds of application (备案类型, domain.md §5.1). */
export const applicationKinds = [
  'first_filing', // 首次备案: a new subject with its first services
  'add_service', // 新增APP/小程序/快应用/网站 for a filed subject
  'add_access', // 新增接入: a filed service gains an access provider
  'change_subject', // 变更主体
  'change_service', // 变更APP (互联网信息服务)
  'cancel_service', // 注销APP
  'cancel_subject', // 注销主体 (all its services too)
  'cancel_access', // 取消接入
] as const;
export type ApplicationKind = (typeof applicationKinds)[number];

/**
 * The body of an application, as providers' systems send it to POST /api/v1/applications and as
 * `beian precheck FILE.json` reads it. Which parts are required depends on `kind`; the flows check that.
 */
export const applicationBody = z.strictObject({
  kind: z.enum(applicationKinds),
  /** The access provider or distribution platform the application is filed through. */
  channelId: partyReference('The access provider or distribution platform filed through: its id or its code, as GET /api/v1/parties lists them (e.g. "provider-example-cloud")'),
  /** first_filing, change_subject: the subject as it should be. */
  subject: subjectForm.optional(),
  /** add_service, add_access, change_*, cancel_*: the filed subject, by its id or number. */
  subjectId: safeText({ min: 1, max: 128 })
    .optional()
    .describe('The filed subject: its id, or its subject filing number as issued (e.g. "京ICP备2026000001号")'),
  /** first_filing, add_service: new services; change_service: the service as it should be (one). */
  services: z.array(serviceForm).max(50).default([]),
  /** change_service, cancel_service, add_access, cancel_access: the filed service. */
  serviceId: safeText({ min: 1, max: 128 })
    .optional()
    .describe('The filed service: its id, or its service filing number as issued (e.g. "京ICP备2026000001号-1A")'),
  /** add_access: the new access information. */
  access: serviceForm.shape.access,
  /** cancel_*: why. */
  reason: safeText({ max: 500, multiline: true }).optional(),
});

export type ApplicationBody = z.infer<typeof applicationBody>;
export type ApplicationBodyInput = z.input<typeof applicationBody>;
