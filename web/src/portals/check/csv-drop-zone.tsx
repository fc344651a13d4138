import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import { useTranslation } from 'react-i18next';

/** Where a CSV file is clicked or dropped in; the columns it needs are said under `text`. */
export function CsvDropZone({ text, disabled, onFile }: { text: string; disabled: boolean; onFile(file: File): void }) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger
      accept=".csv,text/csv"
      showUploadList={false}
      multiple={false}
      disabled={disabled}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{text}</p>
      <p className="ant-upload-hint">{t('check.columns')}</p>
    </Upload.Dragger>
  );
}
