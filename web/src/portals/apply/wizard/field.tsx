import { Form, type FormItemProps } from 'antd';
import type { ReactNode } from 'react';
import { useLanguage } from '../../../i18n/use-language';
import { pathOf } from './field-path';
import { useFieldNotes } from './findings-context';

type Text = { zh: string; en: string };

/**
 * A form field that shows, under its input, what the server says about it: live pre-check findings with their fix,
 * the reviewers' return reasons, and a save refused at this field. `data-field` carries the API's path of the field;
 * inside a Form.List, `at` is the field's whole name when `name` is relative to the list item. `bare` shows a value
 * held elsewhere (a material) with its notes, without binding an input.
 */
export function Field({
  name,
  at,
  bare,
  children,
  ...rest
}: Omit<FormItemProps, 'name'> & { name: Array<string | number>; at?: Array<string | number>; bare?: boolean; children: ReactNode }) {
  const notes = useFieldNotes();
  const { language } = useLanguage();
  const text = (t: Text) => (language === 'en' ? t.en : t.zh);
  const path = pathOf(at ?? name);
  const findings = notes.findings.filter((f) => f.path === path);
  const reasons = notes.reasons.filter((r) => r.path === path);
  const saveError = notes.saveError?.path === path ? notes.saveError.message : null;
  const error = saveError !== null || reasons.length > 0 || findings.some((f) => f.severity === 'error');
  const help =
    findings.length || reasons.length || saveError ? (
      <div className="field-notes" data-notes-for={path}>
        {saveError ? <div>{saveError}</div> : null}
        {reasons.map((r, i) => (
          <div key={`r${i}`} className="field-note field-note-returned">
            {text(r.message)} {text(r.fix)}
            {r.note ? <div className="reason-note">{r.note}</div> : null}
          </div>
        ))}
        {findings.map((f, i) => (
          <div key={`f${i}`} className={`field-note field-note-${f.severity}`}>
            {text(f.message)} <span className="field-fix">{text(f.fix)}</span>
          </div>
        ))}
      </div>
    ) : undefined;
  return (
    <div data-field={path}>
      <Form.Item {...(bare ? {} : { name })} validateStatus={error ? 'error' : findings.length ? 'warning' : undefined} help={help} {...rest}>
        {children}
      </Form.Item>
    </div>
  );
}

/** Findings and return reasons addressed to a whole part of the form (subject.mainPerson, services[0].featureInfo…). */
export function PartNotes({ paths }: { paths: string[] }) {
  const notes = useFieldNotes();
  const { language } = useLanguage();
  const text = (t: Text) => (language === 'en' ? t.en : t.zh);
  const findings = notes.findings.filter((f) => paths.includes(f.path));
  const reasons = notes.reasons.filter((r) => paths.includes(r.path));
  if (!findings.length && !reasons.length) return null;
  return (
    <div className="part-notes" role="status">
      {reasons.map((r, i) => (
        <div key={`r${i}`} className="field-note field-note-returned" data-notes-for={r.path}>
          {text(r.message)} {text(r.fix)} {r.note}
        </div>
      ))}
      {findings.map((f, i) => (
        <div key={`f${i}`} className={`field-note field-note-${f.severity}`} data-notes-for={f.path}>
          {text(f.message)} <span className="field-fix">{text(f.fix)}</span>
        </div>
      ))}
    </div>
  );
}
