import { createContext, useContext } from 'react';
import type { Finding } from './use-live-precheck';
import type { ReturnReason } from '../../../api/application-view';

export interface FieldNotes {
  findings: Finding[];
  /** The reviewers' return reasons, when the application came back. */
  reasons: ReturnReason[];
  /** A save refused at a field (the API's error path). */
  saveError: { path: string; message: string } | null;
}

export const FieldNotesContext = createContext<FieldNotes>({ findings: [], reasons: [], saveError: null });

export function useFieldNotes(): FieldNotes {
  return useContext(FieldNotesContext);
}
