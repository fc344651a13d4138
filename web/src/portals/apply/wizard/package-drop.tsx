import { InboxOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { useErrorText } from '../../../components/error-alert';
import { useLanguage } from '../../../i18n/use-language';

interface Certificate {
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  sha256: string;
}

/** What POST /api/v1/app-info answers (src/signing/app-info-types.ts), the parts shown here. */
export interface AppInfo {
  platform: 'android' | 'ios' | 'harmonyos';
  packageName: string | null;
  appName: string | null;
  versionName: string | null;
  signers: Array<{ schemes: string[]; certificate: Certificate; publicKey: { algorithm: string; bits?: number } }>;
  filing: { packageName: string | null; publicKey: string | null; signatureMd5: string | null };
  warnings: Array<{ code: string; message: { zh: string; en: string } }>;
}

export interface FeatureEntry {
  platform: AppInfo['platform'];
  packageName?: string;
  publicKey?: string;
  signatureMd5?: string;
}

async function readPackage(file: File): Promise<AppInfo> {
  let response: Response;
  try {
    response = await fetch('/api/v1/app-info', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/octet-stream' }, body: file });
  } catch {
    throw new ApiError(0, 'NETWORK', null);
  }
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: { zh: string; en: string }; path?: string } };
  if (!response.ok) throw new ApiError(response.status, body.error?.code ?? `HTTP_${response.status}`, body.error?.message ?? null, body.error?.path);
  return body as unknown as AppInfo;
}

/**
 * Package-first feature info: the person drops the APK, IPA or HAP and the server reads its package name, public key
 * and signature MD5 (iOS: SHA-1), which fill the platform's entry; the signing certificate and any warnings are shown.
 */
export function PackageDrop({ onRead }: { onRead: (entry: FeatureEntry) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reading, setReading] = useState(false);
  const cert = info?.signers[0]?.certificate;
  return (
    <div data-testid="package-drop">
      <Upload.Dragger
        accept=".apk,.ipa,.hap,.app"
        multiple={false}
        showUploadList={false}
        disabled={reading}
        customRequest={({ file }) => {
          setReading(true);
          setError(null);
          readPackage(file as File)
            .then((read) => {
              setInfo(read);
              onRead({
                platform: read.platform,
                ...(read.filing.packageName ? { packageName: read.filing.packageName } : {}),
                ...(read.filing.publicKey ? { publicKey: read.filing.publicKey } : {}),
                ...(read.filing.signatureMd5 ? { signatureMd5: read.filing.signatureMd5 } : {}),
              });
            })
            .catch((e: unknown) => setError(e))
            .finally(() => setReading(false));
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{reading ? t('wizard.packageReading') : t('wizard.packageDrop')}</p>
        <p className="ant-upload-hint">{t('wizard.packageHint')}</p>
      </Upload.Dragger>
      {error ? <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={errorText(error)} /> : null}
      {info ? (
        <div className="cert-box" data-testid="package-certificate">
          <Descriptions
            size="small"
            bordered
            column={1}
            title={t('wizard.packageRead', { name: info.appName ?? info.packageName ?? '' })}
            items={[
              { key: 'package', label: t('field.packageName'), children: info.packageName ?? '—' },
              { key: 'version', label: t('wizard.version'), children: info.versionName ?? '—' },
              ...(cert
                ? [
                    { key: 'subject', label: t('wizard.certSubject'), children: <span style={{ wordBreak: 'break-all' }}>{cert.subject}</span> },
                    { key: 'issuer', label: t('wizard.certIssuer'), children: <span style={{ wordBreak: 'break-all' }}>{cert.issuer}</span> },
                    { key: 'valid', label: t('wizard.certValidity'), children: `${cert.notBefore.slice(0, 10)} — ${cert.notAfter.slice(0, 10)}` },
                    { key: 'schemes', label: t('wizard.certSchemes'), children: info.signers[0]!.schemes.join(', ') },
                    { key: 'sha256', label: 'SHA-256', children: <code style={{ wordBreak: 'break-all' }}>{cert.sha256}</code> },
                  ]
                : []),
            ]}
          />
          {info.warnings.map((w) => (
            <Alert key={w.code} type="warning" showIcon style={{ marginTop: 8 }} title={language === 'en' ? w.message.en : w.message.zh} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
