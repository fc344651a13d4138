import { useState } from 'react';
import { ApiError, unwrap } from '../../../api/api-error';
import type { ApplicationView } from '../../../api/application-view';
import { api } from '../../../api/client';

export type SaveOutcome = { ok: true; view: ApplicationView } | { ok: false; conflict: boolean; error: ApiError | unknown };

/**
 * Saves a draft: the first save creates it (POST), later ones replace its body with If-Match set to the version this
 * tab last saw (PUT). A 409 or 412 means another tab or person saved first: `conflict` says so, nothing is overwritten.
 */
export function useDraft(initial: { id: string | null; version: number | null }) {
  const [id, setId] = useState(initial.id);
  const [version, setVersion] = useState(initial.version);
  const [saving, setSaving] = useState(false);

  const save = async (body: unknown): Promise<SaveOutcome> => {
    setSaving(true);
    try {
      const view = (
        id === null
          ? await unwrap(api.POST('/api/v1/applications', { headers: { 'idempotency-key': crypto.randomUUID() }, body: body as never }))
          : await unwrap(api.PUT('/api/v1/applications/{id}', { params: { path: { id }, header: { 'if-match': `"${version ?? 0}"` } }, body: body as never }))
      ) as unknown as ApplicationView;
      setId(view.id);
      setVersion(view.version);
      return { ok: true, view };
    } catch (error) {
      const conflict = error instanceof ApiError && (error.code === 'APPLICATION_CHANGED' || error.status === 412);
      return { ok: false, conflict, error };
    } finally {
      setSaving(false);
    }
  };

  /** Takes the version just read from the server as the one the next save builds on. */
  const adopt = (view: ApplicationView) => {
    setId(view.id);
    setVersion(view.version);
  };

  return { id, version, saving, save, adopt };
}
