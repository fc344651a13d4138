import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApplication } from '../../api/use-application';
import { ApplicationDetail } from '../console/application-detail';
import { DisplayKit } from './display-kit';
import { StageDeadlineCard } from './stage-deadline-card';

interface Filed {
  services: Array<{ serviceId: string; number: string }>;
}

/**
 * An application as its applicant sees it: the console's detail (fields with return reasons, timeline, the offered
 * actions), the stage deadline with working days left, the wizard for a draft or a returned one, and once approved
 * the display kit.
 */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const application = useApplication(id);
  const a = application.data;
  const editable = a && ['draft', 'provider_returned', 'bureau_returned'].includes(a.state);
  const filed = (a as unknown as { filed?: Filed | null } | undefined)?.filed;
  const kit = a?.state === 'approved' && filed?.services.length ? filed.services.map((s, i) => ({ number: s.number, name: a.body.services?.[i]?.name ?? s.number })) : null;
  return (
    <ApplicationDetail
      backTo="/apply"
      actionsExtra={
        editable ? (
          <Button icon={<EditOutlined />} onClick={() => void navigate(`/apply/applications/${id}/edit`)}>
            {t('wizard.edit')}
          </Button>
        ) : null
      }
      aside={
        a ? (
          <>
            {kit ? <DisplayKit services={kit} /> : null}
            <StageDeadlineCard application={a} />
          </>
        ) : null
      }
    />
  );
}
