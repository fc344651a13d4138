import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApplication } from '../../api/use-application';
import { ApplicationDetail } from '../console/application-detail';

/** An application as its applicant sees it: the console's detail, with the wizard to fix a draft or a returned one. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const application = useApplication(id);
  const a = application.data;
  const editable = a && ['draft', 'provider_returned', 'bureau_returned'].includes(a.state);
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
    />
  );
}
