import type { ApplicationView } from '../../api/application-view';

export interface FiledService {
  serviceId: string;
  number: string;
  name: string;
  type: string;
  /** The approved application that filed it (its body pre-fills follow-ups). */
  sourceId: string;
}

export interface FiledSubject {
  subjectId: string;
  number: string | null;
  name: string;
  sourceId: string;
  services: FiledService[];
}

interface Outcome {
  subjectId: string;
  subjectNumber: string | null;
  services: Array<{ serviceId: string; number: string }>;
}

/**
 * The applicant's filed subjects and services, as their approved applications recorded them (oldest first, so a later
 * change's values win); cancelled ones drop out.
 */
export function filedFrom(applications: ApplicationView[]): FiledSubject[] {
  const subjects = new Map<string, FiledSubject>();
  const approved = applications.filter((a) => a.state === 'approved').sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  for (const a of approved) {
    const filed = (a as unknown as { filed?: Outcome | null }).filed;
    const subjectId = filed?.subjectId ?? a.subjectId;
    if (!subjectId) continue;
    if (a.kind === 'cancel_subject') {
      subjects.delete(subjectId);
      continue;
    }
    const subject = subjects.get(subjectId) ?? { subjectId, number: filed?.subjectNumber ?? null, name: a.body.subject?.name ?? '', sourceId: a.id, services: [] };
    if (a.body.subject?.name) {
      subject.name = a.body.subject.name;
      subject.sourceId = a.id;
    }
    if (filed?.subjectNumber) subject.number = filed.subjectNumber;
    if (a.kind === 'cancel_service' && a.serviceId) subject.services = subject.services.filter((s) => s.serviceId !== a.serviceId);
    (filed?.services ?? []).forEach((s, i) => {
      const body = a.body.services?.[i];
      const entry = { serviceId: s.serviceId, number: s.number, name: body?.name ?? s.number, type: body?.type ?? 'app', sourceId: a.id };
      subject.services = [...subject.services.filter((x) => x.serviceId !== s.serviceId), entry];
    });
    subjects.set(subjectId, subject);
  }
  return [...subjects.values()];
}
