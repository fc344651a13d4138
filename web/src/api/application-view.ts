/**
 * The application view the API answers (src/http/presenters/application-view.ts). Its OpenAPI schema leaves the items
 * open, so the fields the portals read are named here.
 */
export interface ApplicationView {
  id: string;
  kind: ApplicationKind;
  state: ApplicationState;
  version: number;
  subjectId: string | null;
  serviceId: string | null;
  channelId: string | null;
  bureauId: string | null;
  body: ApplicationBody;
  returnReasons: ReturnReason[] | null;
  deadline: { stage: string; at: string | null; unknown: boolean; provisional?: boolean; overdue?: boolean; workingDaysLeft?: number } | null;
  allowedActions: string[];
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export type ApplicationKind =
  | 'first_filing'
  | 'add_service'
  | 'add_access'
  | 'change_subject'
  | 'change_service'
  | 'cancel_service'
  | 'cancel_subject'
  | 'cancel_access';

export type ApplicationState =
  | 'draft'
  | 'provider_review'
  | 'provider_returned'
  | 'sms_pending'
  | 'bureau_review'
  | 'bureau_returned'
  | 'approved'
  | 'withdrawn';

export interface ApplicationBody {
  subject?: { name?: string; province?: string } | null;
  services?: Array<{ name?: string; type?: string }>;
}

/** A return reason as stored on the application: the rule's message and fix at the field, with the reviewer's note. */
export interface ReturnReason {
  code: string;
  path: string;
  message: { zh: string; en: string };
  fix: { zh: string; en: string };
  note: string;
}
