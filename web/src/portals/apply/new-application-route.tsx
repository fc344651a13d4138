import { Skeleton } from 'antd';
import { useMemo } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router';
import type { ApplicationKind } from '../../api/application-view';
import { useApplication } from '../../api/use-application';
import { ErrorAlert } from '../../components/error-alert';
import { blankFirstFiling, prefillFrom } from './wizard/prefill';
import { WizardPage } from './wizard/wizard-page';

const kinds: readonly ApplicationKind[] = ['first_filing', 'add_service', 'add_access', 'change_subject', 'change_service', 'cancel_service', 'cancel_subject', 'cancel_access'];

/** `/apply/new/:kind`: a new application; follow-ups name the approved application they start from (`?from=`). */
export function NewApplicationRoute() {
  const { kind = '' } = useParams();
  const [query] = useSearchParams();
  const from = query.get('from');
  if (!kinds.includes(kind as ApplicationKind)) return <Navigate to="/apply" replace />;
  if (kind === 'first_filing' || !from) return <FirstFiling />;
  return <FollowUp kind={kind as ApplicationKind} from={from} subjectId={query.get('subject') ?? undefined} serviceId={query.get('service') ?? undefined} />;
}

function FirstFiling() {
  const body = useMemo(() => blankFirstFiling(), []);
  return <WizardPage kind="first_filing" initialBody={body} application={null} />;
}

function FollowUp({ kind, from, subjectId, serviceId }: { kind: ApplicationKind; from: string; subjectId: string | undefined; serviceId: string | undefined }) {
  const source = useApplication(from);
  const body = useMemo(
    () => (source.data ? prefillFrom(kind, source.data, { ...(subjectId ? { subjectId } : {}), ...(serviceId ? { serviceId } : {}) }) : null),
    [source.data, kind, subjectId, serviceId],
  );
  if (source.isPending) return <Skeleton active />;
  if (!source.data) return <ErrorAlert error={source.error} onRetry={() => void source.refetch()} />;
  return <WizardPage key={`${kind}-${from}`} kind={kind} initialBody={body!} application={null} />;
}

/** `/apply/applications/:id/edit`: a draft or returned application in the wizard; anything else goes to its page. */
export function EditApplicationRoute() {
  const { id = '' } = useParams();
  const application = useApplication(id);
  const body = useMemo(() => (application.data ? (application.data.body as Record<string, unknown>) : null), [application.data?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  if (application.isPending) return <Skeleton active />;
  // A failed background refetch keeps the data: the wizard stays mounted with what the user typed.
  if (!application.data) return <ErrorAlert error={application.error} onRetry={() => void application.refetch()} />;
  const a = application.data;
  if (!['draft', 'provider_returned', 'bureau_returned'].includes(a.state)) return <Navigate to={`/apply/applications/${a.id}`} replace />;
  return <WizardPage key={a.id} kind={a.kind} initialBody={body!} application={a} />;
}
