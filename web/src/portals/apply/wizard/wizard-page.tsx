import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Space, Steps } from 'antd';
import { useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, unwrap } from '../../../api/api-error';
import type { ApplicationKind, ApplicationView, ReturnReason } from '../../../api/application-view';
import { api } from '../../../api/client';
import { useErrorText } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { AccessFields, AccessStep } from './access-fields';
import { cleanBody } from './clean-body';
import { FeatureInfoStep } from './feature-info-step';
import { PartNotes } from './field';
import { FieldNotesContext } from './findings-context';
import { MaterialsStep } from './materials-step';
import { PersonFields } from './person-fields';
import { ReasonStep } from './reason-step';
import { ReviewStep } from './review-step';
import { ServicesStep } from './services-step';
import { SubjectStep } from './subject-step';
import { useDraft } from './use-draft';
import { useLivePrecheck } from './use-live-precheck';
import { partPaths, stepsByKind, type StepKey } from './wizard-steps';
import '../wizard.css';

type Body = Record<string, unknown>;

/**
 * The filing wizard for every kind of application: the steps the kind needs, each with the live pre-check's findings
 * and any return reasons at their fields; drafts saved with If-Match; submit from the last step.
 */
export function WizardPage({ kind, initialBody, application }: { kind: ApplicationKind; initialBody: Body; application: ApplicationView | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Body>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const draft = useDraft({ id: application?.id ?? null, version: application?.version ?? null });
  const [step, setStep] = useState(0);
  const [saveError, setSaveError] = useState<{ path: string; message: string } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const steps = stepsByKind[kind];
  const current: StepKey = steps[step] ?? 'review';

  // The body the wizard opened with is set once, before the first paint: an input is never on screen empty, so nothing
  // typed into it can be overwritten by the loaded value, and a later refetch of the same data leaves the form alone.
  const [opened] = useState(initialBody);
  useLayoutEffect(() => {
    form.setFieldsValue(opened);
  }, [form, opened]);

  const watched = Form.useWatch((values: Body) => values, { form, preserve: true });
  const body = useMemo(() => (watched ? { ...((cleanBody(watched) as Body | undefined) ?? {}), kind } : undefined), [watched, kind]);
  const precheck = useLivePrecheck(body);
  const reasons = useMemo<ReturnReason[]>(
    () => (application && (application.state === 'provider_returned' || application.state === 'bureau_returned') ? (application.returnReasons ?? []) : []),
    [application],
  );
  const notes = useMemo(() => ({ findings: precheck.findings, reasons, saveError }), [precheck.findings, reasons, saveError]);

  const currentBody = () => ({ ...((cleanBody(form.getFieldsValue(true)) as Body | undefined) ?? {}), kind });

  /** Saves the draft; a first save moves the address to the draft's edit page unless the caller goes on elsewhere. */
  const save = async (options: { stay?: boolean } = {}): Promise<ApplicationView | null> => {
    setSaveError(null);
    const result = await draft.save(currentBody());
    if (result.ok) {
      setConflict(false);
      queryClient.setQueryData(['application', result.view.id], result.view);
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      if (!application && !options.stay) void navigate(`/apply/applications/${result.view.id}/edit`, { replace: true, state: { step } });
      return result.view;
    }
    if (result.conflict) {
      setConflict(true);
      return null;
    }
    const error = result.error;
    if (error instanceof ApiError && error.path) setSaveError({ path: error.path.replace(/^body\./, ''), message: errorText(error) });
    void message.error(errorText(error));
    return null;
  };

  const reloadLatest = async () => {
    if (!draft.id) return;
    const view = (await unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id: draft.id } } }))) as unknown as ApplicationView;
    draft.adopt(view);
    form.resetFields();
    form.setFieldsValue(view.body as Body);
    queryClient.setQueryData(['application', view.id], view);
    setConflict(false);
    void message.info(t('wizard.reloaded', { version: view.version }));
  };

  const submit = async () => {
    setSubmitting(true);
    try {
      const view = await save({ stay: true });
      if (!view) return;
      const submitted = (await unwrap(
        api.POST('/api/v1/applications/{id}/submit', { params: { path: { id: view.id } }, headers: { 'idempotency-key': crypto.randomUUID() }, body: {} }),
      )) as unknown as ApplicationView;
      await queryClient.cancelQueries({ queryKey: ['application', view.id], exact: true });
      queryClient.setQueryData(['application', view.id], submitted);
      await queryClient.invalidateQueries({ queryKey: ['application', view.id, 'history'] });
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      void message.success(t('wizard.submitted'));
      // From a new application's wizard the in-app navigation left the wizard on screen; a full load shows the page.
      if (application) void navigate(`/apply/applications/${view.id}`);
      else window.location.assign(`/apply/applications/${view.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.path) setSaveError({ path: error.path.replace(/^body\./, ''), message: errorText(error) });
      void message.error(errorText(error));
    } finally {
      setSubmitting(false);
    }
  };

  const subjectId = opened.subjectId as string | undefined;
  const serviceId = opened.serviceId as string | undefined;
  const errors = precheck.findings.filter((f) => f.severity === 'error').length;

  return (
    <>
      <PageHeader
        title={application ? t('wizard.editTitle', { kind: t(`kind.${kind}`) }) : t('wizard.newTitle', { kind: t(`kind.${kind}`) })}
        intro={t('wizard.intro')}
        extra={
          <Space wrap>
            {draft.version !== null ? <span className="wizard-version">{t('wizard.savedVersion', { version: draft.version })}</span> : null}
            <Button onClick={() => void save()} loading={draft.saving && !submitting}>
              {t('wizard.saveDraft')}
            </Button>
          </Space>
        }
      />
      {conflict ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('wizard.conflictTitle')}
          description={t('wizard.conflictText', { version: draft.version ?? 0 })}
          action={<Button onClick={() => void reloadLatest()}>{t('wizard.reloadLatest')}</Button>}
          data-testid="version-conflict"
        />
      ) : null}
      {reasons.length ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('wizard.returnedTitle')} description={t('wizard.returnedText', { count: reasons.length })} /> : null}
      <Card>
        <Steps
          className="wizard-steps"
          size="small"
          current={step}
          onChange={setStep}
          responsive
          titlePlacement="vertical"
          items={steps.map((key) => {
            const flagged = precheck.findings.some((f) => f.severity === 'error' && stepOf(f.path, steps) === key) || reasons.some((r) => stepOf(r.path, steps) === key);
            return { title: t(`wizard.steps.${key}`), ...(flagged ? { status: 'error' as const } : {}) };
          })}
        />
        <FieldNotesContext.Provider value={notes}>
          <Form form={form} layout="vertical" requiredMark={false} preserve>
            <h2 className="card-heading" style={{ marginBottom: 12 }}>{t(`wizard.steps.${current}`)}</h2>
            <PartNotes paths={partPaths[current]} />
            {steps.map((key) => (
              <div key={key} hidden={key !== current} data-step={key}>
                {key === 'subject' ? <SubjectStep /> : null}
                {key === 'mainPerson' ? <PersonFields prefix={['subject', 'mainPerson']} /> : null}
                {key === 'services' ? <ServicesStep /> : null}
                {key === 'responsiblePerson' ? (
                  <>
                    {kind === 'first_filing' ? (
                      <Button style={{ marginBottom: 12 }} onClick={() => form.setFieldValue(['services', 0, 'responsiblePerson'], structuredClone(form.getFieldValue(['subject', 'mainPerson']) as unknown))}>
                        {t('wizard.sameAsMainPerson')}
                      </Button>
                    ) : null}
                    <PersonFields prefix={['services', 0, 'responsiblePerson']} />
                  </>
                ) : null}
                {key === 'featureInfo' ? <FeatureInfoStep /> : null}
                {key === 'access' ? <AccessStep /> : null}
                {key === 'newAccess' ? <AccessFields prefix={['access']} /> : null}
                {key === 'materials' ? <MaterialsStep subject={kind === 'first_filing' || kind === 'change_subject'} service={kind !== 'change_subject'} /> : null}
                {key === 'reason' ? <ReasonStep kind={kind} {...(subjectId ? { subjectId } : {})} {...(serviceId ? { serviceId } : {})} /> : null}
                {key === 'review' && current === 'review' ? <ReviewStep body={body ?? {}} findings={precheck.findings} reasons={reasons} checking={precheck.checking} /> : null}
              </div>
            ))}
          </Form>
        </FieldNotesContext.Provider>
        <div className="wizard-footer">
          <Button disabled={step === 0} onClick={() => setStep(step - 1)}>
            {t('wizard.previous')}
          </Button>
          {current === 'review' ? (
            <Button type="primary" loading={submitting} disabled={conflict} onClick={() => void submit()}>
              {errors ? t('wizard.submitWithErrors', { count: errors }) : t('wizard.submit')}
            </Button>
          ) : (
            <Button type="primary" onClick={() => setStep(step + 1)}>
              {t('wizard.next')}
            </Button>
          )}
        </div>
      </Card>
    </>
  );
}

/** The step a field path belongs to, by the parts each step answers for. */
function stepOf(path: string, steps: StepKey[]): StepKey | undefined {
  const prefixes: Array<[StepKey, RegExp]> = [
    ['mainPerson', /^subject\.mainPerson/],
    ['materials', /^(subject|services\[\d+\])\.(materials|residencePermitMaterialId)/],
    ['subject', /^(subject|channelId|subjectId)/],
    ['responsiblePerson', /^services\[\d+\]\.responsiblePerson/],
    ['featureInfo', /^services\[\d+\]\.(featureInfo|hostPlatformId|platformAppId)/],
    ['access', /^services\[\d+\]\.(access|domains)/],
    ['services', /^(services|serviceId)/],
    ['newAccess', /^access/],
    ['reason', /^reason/],
  ];
  return prefixes.find(([key, re]) => steps.includes(key) && re.test(path))?.[0];
}
