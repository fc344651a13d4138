import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Column types of the registry database (see migrations/). JSON columns are typed by their readers. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T = unknown> = ColumnType<T, string | T, string | T>;
/** A nullable column a new row may leave out. */
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface PartiesTable {
  id: Generated<string>;
  kind: 'ministry' | 'bureau' | 'access_provider' | 'distribution_platform' | 'terminal_maker';
  platform_kind: 'app_store' | 'mini_program' | 'quick_app' | null;
  name: string;
  name_en: string | null;
  province_code: string | null;
  /** Where the party's notices about applications filed through it go (optional). */
  notify_email: Optional<string>;
  notify_phone: Optional<string>;
  /** A short stable name applications may use instead of the id (`provider-example-cloud`, `bureau-110000`). */
  code: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export type Role = 'applicant' | 'provider' | 'bureau' | 'ministry' | 'checker';

export interface UsersTable {
  id: Generated<string>;
  party_id: string | null;
  role: Role;
  login: string;
  display_name: string;
  password_hash: string;
  created_at: Timestamp;
  disabled_at: NullableTimestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiKeysTable {
  id: Generated<string>;
  user_id: string;
  label: string;
  key_prefix: string;
  key_hash: string;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
  /** The ApiScope values the key may use. */
  scopes: ColumnType<string[], string | undefined, string>;
  requests_per_minute: ColumnType<number, number | undefined, number>;
  rows_per_day: ColumnType<number, number | undefined, number>;
}

/** Rows (bulk check and report lines) a caller used on one day in Asia/Shanghai: `key:<id>` or `user:<id>`. */
export interface RowQuotaUsageTable {
  principal: string;
  day: ColumnType<string, string, string>;
  rows: ColumnType<string | number, number, number>;
  /** Rows granted by the latest take (read back in the same statement). */
  last_grant: ColumnType<string | number, number, number>;
}

export interface SubjectsTable {
  id: Generated<string>;
  certificate_type: number;
  /** One subject per certificate number whatever its type (domain/identity/subject-key.ts); `#<id>` marks a duplicate. */
  certificate_key: string;
  name: string;
  nature: number;
  province_code: string;
  status: 'unfiled' | 'filed' | 'cancelled';
  /** The applicant account that opened the first draft; who may act for a filed subject is subject_owners. */
  owner_user_id: string | null;
  data: Json | null;
  next_service_index: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServicesTable {
  id: Generated<string>;
  subject_id: string;
  type: 'app' | 'mini_program' | 'quick_app' | 'website';
  name: string;
  status: 'filed' | 'cancelled';
  service_index: number;
  /** The distribution platform it was filed through (mini-programs, quick apps, apps filed through a store). */
  platform_id: string | null;
  data: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Applicant accounts that may act for a subject: the account that filed it, and accounts linked by claim. */
export interface SubjectOwnersTable {
  subject_id: string;
  user_id: string;
  via: 'filing' | 'claim';
  added_at: Timestamp;
}

/** An account's request to act for a filed subject, proved by an SMS code to the filed main person. */
export interface SubjectClaimsTable {
  id: Generated<string>;
  subject_id: string;
  user_id: string;
  phone: string;
  code_hash: string;
  wrong_codes: Generated<number>;
  created_at: Timestamp;
  expires_at: Timestamp;
  confirmed_at: NullableTimestamp;
  closed_at: NullableTimestamp;
}

/** Subjects that share a certificate key with an earlier one (found when subjects were re-keyed). */
export interface SubjectDuplicatesTable {
  subject_id: string;
  certificate_key: string;
  kept_subject_id: string;
  detected_at: Timestamp;
}

export interface PersonsTable {
  id: Generated<string>;
  subject_id: string;
  service_id: string | null;
  role: 'main' | 'service';
  name: string;
  certificate_type: number;
  certificate_number: string;
  mobile: string;
  emergency_phone: string;
  email: string;
}

export interface ServiceFeaturesTable {
  id: Generated<string>;
  service_id: string;
  platform: string;
  package_name: string;
  public_key: string | null;
  signature_md5: string | null;
}

export interface ServiceDomainsTable {
  id: Generated<string>;
  service_id: string;
  subject_id: string;
  domain: string;
  removed_at: NullableTimestamp;
}

export interface ServiceAccessTable {
  id: Generated<string>;
  service_id: string;
  provider_id: string;
  connection_methods: Json<string[]>;
  server_locations: Json<string[]>;
  ips: Json<string[]>;
  supports_ipv6: boolean;
  created_at: Timestamp;
  cancelled_at: NullableTimestamp;
}

export interface FilingsTable {
  id: Generated<string>;
  kind: 'subject' | 'service';
  subject_id: string;
  service_id: string | null;
  number: string;
  province_code: string;
  service_type: string | null;
  status: 'active' | 'cancelled' | 'revoked';
  shell: Generated<boolean>;
  access_limited: Generated<boolean>;
  approved_at: Timestamp;
  cancelled_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface NumberSequencesTable {
  province_code: string;
  year: number;
  last_value: number;
}

export interface ApplicationsTable {
  id: Generated<string>;
  kind: string;
  state: string;
  subject_id: string;
  service_id: string | null;
  channel_id: string;
  bureau_id: string;
  created_by: string;
  payload: Json;
  return_reasons: Json<unknown[]>;
  findings: Json<unknown[]>;
  sms_wrong_codes: Generated<number>;
  /** What the approval filed: subject and services with their numbers (null until approved). */
  outcome: ColumnType<ApplicationOutcome | null, string | null | undefined, string | null>;
  version: Generated<number>;
  state_entered_at: Timestamp;
  submitted_at: NullableTimestamp;
  sms_started_at: NullableTimestamp;
  bureau_entered_at: NullableTimestamp;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApplicationOutcome {
  subjectId: string;
  subjectNumber: string | null;
  services: { serviceId: string; number: string }[];
}

export interface ApplicationMarkersTable {
  application_id: string;
  marker: string;
  at: Timestamp;
}

export interface SmsChallengesTable {
  id: Generated<string>;
  application_id: string;
  phone: string;
  roles: Json<string[]>;
  certificate_tail_hash: string;
  code_hash: string;
  sent_at: Timestamp;
  expires_at: Timestamp;
  send_count: Generated<number>;
  verified_at: NullableTimestamp;
}

/** Attempts counted per key (a digest of a phone or a client address) in a fixed window, shared by every process. */
export interface VerificationThrottlesTable {
  key: string;
  window_started_at: Timestamp;
  attempts: number;
}

/** Proof-of-work challenges already used once, kept until they expire. */
export interface ProofOfWorkSpentTable {
  id: string;
  expires_at: Timestamp;
}

/** Secrets the server creates for itself on first use (the proof-of-work signing key). */
export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: Timestamp;
}

export interface MaterialsTable {
  id: string;
  content: Uint8Array;
  media_type: string;
  size_bytes: number;
  created_by: string | null;
  created_at: Timestamp;
}

/** One account's upload of a material (materials are content-addressed: several accounts may upload one file). */
export interface MaterialUploadsTable {
  material_id: string;
  user_id: string;
  party_id: string | null;
  uploaded_at: Timestamp;
}

/** A material an application references, recorded when the reference was checked (its author's party may use it). */
export interface ApplicationMaterialsTable {
  application_id: string;
  material_id: string;
}

export interface HistoryTable {
  /** Ordering number from a sequence (gaps where a transaction rolled back). */
  seq: Generated<number>;
  /** Position in the entity's own chain; null for rows of the single chain written before entity chains. */
  entity_seq: number | null;
  at: Timestamp;
  actor_user_id: string | null;
  actor_role: string;
  actor_party_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  data: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

/** The end of the single chain written before entity chains (frozen since). */
export interface HistoryHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** The end of each entity's chain: its row count and last hash. */
export interface HistoryHeadsTable {
  entity_type: string;
  entity_id: string;
  seq: number;
  hash: string;
}

/** History rows committed but not yet in the log (filled by a trigger, emptied by the sealer). */
export interface HistoryUnsealedTable {
  seq: number;
}

/** Every history row in the order it was sealed, each entry's hash covering the previous entry's. */
export interface HistoryLogTable {
  position: number;
  history_seq: number;
  row_hash: string;
  hash: string;
}

export interface HistoryLogHeadTable {
  id: number;
  position: number;
  hash: string;
}

/** The signing facts a signed-in account's package upload read (the package is not kept). */
export interface PackageReadsTable {
  id: Generated<string>;
  user_id: string;
  platform: string;
  package_name: string;
  app_name: string | null;
  version_name: string | null;
  public_key: string | null;
  signature_md5: string | null;
  read_at: Timestamp;
}

export interface RateLimitHitsTable {
  /** SHA-256 of the limit's name and the client key: client addresses are not stored. */
  key: string;
  hits: number;
  window_ends_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  recipient: string;
  payload: Json<Record<string, unknown>>;
  created_at: Timestamp;
  available_at: Timestamp;
  delivered_at: NullableTimestamp;
  attempts: Generated<number>;
  last_error: string | null;
  /** Set while a worker holds the row's lease (until available_at); a late worker's result is ignored. */
  claim_token: Optional<string>;
}

export interface DevInboxTable {
  id: Generated<number>;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: Timestamp;
}

export interface IdempotencyKeysTable {
  principal: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: Json;
  /** The answer the caller got the first time (HTTP body), when the caller asked for one to be kept. */
  answer: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface CalendarOverridesTable {
  date: string;
  kind: 'holiday' | 'workday';
  name: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface CalendarYearsTable {
  year: number;
  declared_by: string | null;
  declared_at: Timestamp;
}

/** The registry read model (migrations/0012-registry-read-model.ts): one row per filing, public facts only. */
export interface RegistryFilingsTable {
  filing_id: string;
  number: string;
  kind: 'subject' | 'service';
  subject_id: string;
  service_id: string | null;
  subject_number: string;
  subject_name: string;
  subject_nature: number;
  service_name: string | null;
  service_type: 'app' | 'mini_program' | 'quick_app' | 'website' | null;
  province_code: string;
  status: 'active' | 'cancelled' | 'revoked';
  shell: Generated<boolean>;
  access_limited: Generated<boolean>;
  approved_at: Timestamp;
  changed_at: Timestamp;
  cancelled_at: NullableTimestamp;
  name_grams: ColumnType<string[], never, never>;
}

export interface RegistryPackagesTable {
  filing_id: string;
  platform: string;
  package_name: string;
  /** Lower-case hex without separators (MD5; iOS: SHA-1), null when the filed value was not hex. */
  signature_digest: string | null;
  public_key: string | null;
}

export interface RegistryDomainsTable {
  filing_id: string;
  domain: string;
}

/** A party's report of what it distributes or preinstalls (migrations/0013-distribution-reports.ts). */
export interface DistributionReportsTable {
  id: Generated<string>;
  party_id: string;
  submitted_by: string;
  kind: 'distribution' | 'preinstall';
  period_start: ColumnType<string, string, string>;
  period_end: ColumnType<string, string, string>;
  status: 'receiving' | 'complete' | 'failed';
  row_count: Generated<number>;
  created_at: Timestamp;
  completed_at: NullableTimestamp;
}

export interface DistributionReportRowsTable {
  report_id: string;
  row: number;
  platform: string | null;
  package_name: string | null;
  app_name: string | null;
  subject_name: string | null;
  number: string | null;
  verdict: string;
  filed_number: string | null;
  province_code: string | null;
  details: Json | null;
}

export interface Database {
  parties: PartiesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  row_quota_usage: RowQuotaUsageTable;
  subjects: SubjectsTable;
  subject_owners: SubjectOwnersTable;
  subject_claims: SubjectClaimsTable;
  subject_duplicates: SubjectDuplicatesTable;
  services: ServicesTable;
  persons: PersonsTable;
  service_features: ServiceFeaturesTable;
  service_domains: ServiceDomainsTable;
  service_access: ServiceAccessTable;
  filings: FilingsTable;
  number_sequences: NumberSequencesTable;
  applications: ApplicationsTable;
  application_markers: ApplicationMarkersTable;
  sms_challenges: SmsChallengesTable;
  verification_throttles: VerificationThrottlesTable;
  proof_of_work_spent: ProofOfWorkSpentTable;
  server_secrets: ServerSecretsTable;
  materials: MaterialsTable;
  material_uploads: MaterialUploadsTable;
  application_materials: ApplicationMaterialsTable;
  history: HistoryTable;
  history_head: HistoryHeadTable;
  history_heads: HistoryHeadsTable;
  history_unsealed: HistoryUnsealedTable;
  history_log: HistoryLogTable;
  history_log_head: HistoryLogHeadTable;
  outbox: OutboxTable;
  rate_limit_hits: RateLimitHitsTable;
  package_reads: PackageReadsTable;
  dev_inbox: DevInboxTable;
  idempotency_keys: IdempotencyKeysTable;
  calendar_overrides: CalendarOverridesTable;
  calendar_years: CalendarYearsTable;
  filing_events: FilingEventsTable;
  filing_event_head: FilingEventHeadTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_fanout_head: WebhookFanoutHeadTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  registry_filings: RegistryFilingsTable;
  distribution_reports: DistributionReportsTable;
  distribution_report_rows: DistributionReportRowsTable;
  registry_packages: RegistryPackagesTable;
  registry_domains: RegistryDomainsTable;
}

export type Party = Selectable<PartiesTable>;
export type User = Selectable<UsersTable>;
export type Subject = Selectable<SubjectsTable>;
export type Service = Selectable<ServicesTable>;
export type Filing = Selectable<FilingsTable>;
export type Application = Selectable<ApplicationsTable>;
export type NewApplication = Insertable<ApplicationsTable>;
export type ApplicationUpdate = Updateable<ApplicationsTable>;

/** A public change of a filing, written by triggers; `position` is its place in the change feed, given after commit. */
export interface FilingEventsTable {
  id: Generated<number>;
  position: number | null;
  filing_id: string;
  number: string;
  type: string;
  at: Timestamp;
  data: Json<Record<string, unknown>>;
}

/** The last position given to a filing event (one row). */
export interface FilingEventHeadTable {
  id: number;
  position: number;
}

/** A party's subscription to feed events; `secret` (whsec_…) signs what it receives. */
export interface WebhookSubscriptionsTable {
  id: Generated<string>;
  party_id: string;
  created_by: string;
  url: string;
  event_types: Json<string[]>;
  secret: string;
  from_position: number;
  created_at: Timestamp;
  deleted_at: NullableTimestamp;
}

export interface WebhookFanoutHeadTable {
  id: number;
  position: number;
}

/** One event for one subscription: the exact body signed and sent (webhook-id is the id). */
export interface WebhookDeliveriesTable {
  id: string;
  subscription_id: string;
  event_position: number;
  event_type: string;
  body: string;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: NullableTimestamp;
  delivered_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  delivery_id: string;
  at: Timestamp;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  replay: boolean;
}
