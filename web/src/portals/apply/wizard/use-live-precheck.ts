import { useEffect, useRef, useState } from 'react';
import { unwrap } from '../../../api/api-error';
import { api } from '../../../api/client';

export interface Finding {
  code: string;
  path: string;
  severity: 'error' | 'warning';
  message: { zh: string; en: string };
  fix: { zh: string; en: string };
}

/**
 * Runs the server's pre-check on the form's body a moment after the person stops typing (POST /api/v1/precheck);
 * an answer that arrives after a newer request was sent is dropped.
 */
export function useLivePrecheck(body: unknown, delayMs = 500): { findings: Finding[]; passes: boolean | null; checking: boolean } {
  const [state, setState] = useState<{ findings: Finding[]; passes: boolean | null; checking: boolean }>({ findings: [], passes: null, checking: false });
  const latest = useRef(0);
  const serialised = JSON.stringify(body ?? null);
  useEffect(() => {
    if (body === undefined) return;
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      setState((s) => ({ ...s, checking: true }));
      unwrap(api.POST('/api/v1/precheck', { body: JSON.parse(serialised) as never }))
        .then((result) => {
          if (ticket === latest.current) setState({ findings: result.findings, passes: result.passes, checking: false });
        })
        .catch(() => {
          if (ticket === latest.current) setState((s) => ({ ...s, checking: false }));
        });
    }, delayMs);
    return () => window.clearTimeout(timer);
    // The serialised body stands for the body: a new object with the same content is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serialised, delayMs]);
  return state;
}
