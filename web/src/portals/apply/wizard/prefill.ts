import type { ApplicationKind, ApplicationView } from '../../../api/application-view';

type Body = Record<string, unknown>;

const emptyService = { type: 'app', languages: ['zh_CN'], contentCategories: [], preApprovals: [], featureInfo: [], domains: [], sdks: [], materials: [] };

/** A new first filing: one APP, Simplified Chinese, nothing else filled in. */
export function blankFirstFiling(): Body {
  return { kind: 'first_filing', subject: { materials: [] }, services: [structuredClone(emptyService)] };
}

/**
 * The starting body of a follow-up application, from the approved application that filed the subject or service:
 * the parts the kind changes are pre-filled with what was filed; the filed subject or service is named by its id.
 */
export function prefillFrom(kind: ApplicationKind, source: ApplicationView, ids: { subjectId?: string; serviceId?: string }): Body {
  const body = source.body as Body & { subject?: Body; services?: Body[]; channelId?: string };
  const filed = (source as unknown as { filed?: { subjectId: string; services: Array<{ serviceId: string }> } }).filed;
  const subjectId = ids.subjectId ?? filed?.subjectId ?? source.subjectId ?? undefined;
  const index = Math.max(0, filed?.services.findIndex((s) => s.serviceId === ids.serviceId) ?? 0);
  const service = structuredClone(body.services?.[index] ?? emptyService);
  const base = { kind, channelId: body.channelId };
  switch (kind) {
    case 'first_filing':
      return blankFirstFiling();
    case 'change_subject':
      return { ...base, subjectId, subject: structuredClone(body.subject ?? {}) };
    case 'add_service':
      return { ...base, subjectId, services: [structuredClone(emptyService)] };
    case 'change_service':
      return { ...base, serviceId: ids.serviceId, services: [service] };
    case 'add_access':
      return { ...base, serviceId: ids.serviceId, access: (service as { access?: unknown }).access };
    case 'cancel_subject':
      return { ...base, subjectId };
    case 'cancel_service':
    case 'cancel_access':
      return { ...base, serviceId: ids.serviceId };
  }
}
