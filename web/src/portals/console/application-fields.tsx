import { Alert, Card, Descriptions, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationBody, ReturnReason } from '../../api/application-view';
import { flattenFields, sectionOf, type FieldEntry } from '../../api/flatten-fields';
import { useLanguage } from '../../i18n/use-language';
import { FieldValue } from './field-value';

/** A field's label in the person's language (field names are catalogued under `field.*`; unknown ones show the key). */
export function useFieldLabel(): (key: string) => string {
  const { t } = useTranslation();
  return (key) => t(`field.${key}`, { defaultValue: t(`review.field.${key}`, { defaultValue: key }) });
}

/** A section heading: `services[0].responsiblePerson` reads "Service 1 · Responsible person". */
function useSectionLabel(): (section: string) => string {
  const { t } = useTranslation();
  const label = useFieldLabel();
  return (section) =>
    section
      .split('.')
      .map((part) => {
        const indexed = /^(\w+)\[(\d+)\]$/.exec(part);
        return indexed ? `${label(indexed[1]!)} ${Number(indexed[2]) + 1}` : part === 'application' ? t('detail.application') : label(part);
      })
      .join(' · ');
}

/**
 * Every field of the application, section by section, each with the path reviewers return it by; a field a return
 * reason names carries that reason (message, fix and the reviewer's note) right under its value.
 */
export function ApplicationFields({ body, reasons }: { body: ApplicationBody; reasons: ReturnReason[] }) {
  const { language } = useLanguage();
  const label = useFieldLabel();
  const sectionLabel = useSectionLabel();
  const wide = Grid.useBreakpoint().md;
  const fields = flattenFields(body).filter((f) => f.path !== 'kind' && !f.path.startsWith('channelId'));
  const sections = new Map<string, FieldEntry[]>();
  for (const field of fields) sections.set(sectionOf(field.path), [...(sections.get(sectionOf(field.path)) ?? []), field]);
  const text = (t: { zh: string; en: string }) => (language === 'en' ? t.en : t.zh);
  return (
    <>
      {[...sections].map(([section, entries]) => (
        <Card key={section} size="small" title={<h3 className="card-heading">{sectionLabel(section)}</h3>} style={{ marginBottom: 12 }}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            layout={wide ? 'horizontal' : 'vertical'}
            size="small"
            items={entries.map((field) => {
              const here = reasons.filter((r) => r.path === field.path);
              return {
                key: field.path,
                label: label(field.key),
                children: (
                  <div data-field={field.path} className={here.length ? 'field-returned' : undefined}>
                    <FieldValue field={field} siblings={entries} />
                    {here.map((reason, i) => (
                      <Alert
                        key={i}
                        type="warning"
                        showIcon
                        role="alert"
                        style={{ marginTop: 6 }}
                        title={text(reason.message)}
                        description={
                          <>
                            <div>{text(reason.fix)}</div>
                            {reason.note ? <div className="reason-note">{reason.note}</div> : null}
                          </>
                        }
                      />
                    ))}
                  </div>
                ),
              };
            })}
          />
        </Card>
      ))}
    </>
  );
}
