import { sql, type Kysely } from 'kysely';

/** The whole registry: parties and accounts, subjects and services with their filings, applications, history, outbox. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table parties (
      id text primary key default gen_random_uuid()::text,
      kind text not null check (kind in ('ministry', 'bureau', 'access_provider', 'distribution_platform', 'terminal_maker')),
      platform_kind text check (platform_kind in ('app_store', 'mini_program', 'quick_app')),
      name text not null,
      name_en text,
      province_code text,
      created_at timestamptz not null default now()
    );
    create unique index parties_one_bureau_per_province on parties (province_code) where kind = 'bureau';

    create table users (
      id text primary key default gen_random_uuid()::text,
      party_id text references parties (id),
      role text not null check (role in ('applicant', 'provider', 'bureau', 'ministry', 'checker')),
      login text not null unique,
      display_name text not null,
      password_hash text not null,
      created_at timestamptz not null default now(),
      disabled_at timestamptz
    );

    create table sessions (
      token_hash text primary key,
      user_id text not null references users (id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user on sessions (user_id);

    create table api_keys (
      id text primary key default gen_random_uuid()::text,
      user_id text not null references users (id),
      label text not null,
      key_prefix text not null,
      key_hash text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    );

    create table subjects (
      id text primary key default gen_random_uuid()::text,
      certificate_type integer not null,
      certificate_key text not null unique,
      name text not null,
      nature integer not null,
      province_code text not null,
      status text not null default 'unfiled' check (status in ('unfiled', 'filed', 'cancelled')),
      owner_user_id text references users (id),
      data jsonb,
      next_service_index integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table services (
      id text primary key default gen_random_uuid()::text,
      subject_id text not null references subjects (id),
      type text not null check (type in ('app', 'mini_program', 'quick_app', 'website')),
      name text not null,
      status text not null default 'filed' check (status in ('filed', 'cancelled')),
      service_index integer not null,
      data jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (subject_id, service_index)
    );

    create table persons (
      id text primary key default gen_random_uuid()::text,
      subject_id text not null references subjects (id),
      service_id text references services (id),
      role text not null check (role in ('main', 'service')),
      name text not null,
      certificate_type integer not null,
      certificate_number text not null,
      mobile text not null,
      emergency_phone text not null,
      email text not null
    );
    create index persons_mobile on persons (mobile);
    create index persons_subject on persons (subject_id);

    create table service_features (
      id text primary key default gen_random_uuid()::text,
      service_id text not null references services (id),
      platform text not null,
      package_name text not null,
      public_key text,
      signature_md5 text
    );
    create index service_features_package on service_features (package_name);
    create index service_features_service on service_features (service_id);

    create table service_domains (
      id text primary key default gen_random_uuid()::text,
      service_id text not null references services (id),
      subject_id text not null references subjects (id),
      domain text not null,
      removed_at timestamptz
    );
    create unique index service_domains_once_per_subject on service_domains (subject_id, domain) where removed_at is null;
    create index service_domains_domain on service_domains (domain);

    create table service_access (
      id text primary key default gen_random_uuid()::text,
      service_id text not null references services (id),
      provider_id text not null references parties (id),
      connection_methods jsonb not null,
      server_locations jsonb not null,
      ips jsonb not null,
      supports_ipv6 boolean not null default false,
      created_at timestamptz not null default now(),
      cancelled_at timestamptz
    );
    create index service_access_service on service_access (service_id);
    create index service_access_provider on service_access (provider_id) where cancelled_at is null;

    create table filings (
      id text primary key default gen_random_uuid()::text,
      kind text not null check (kind in ('subject', 'service')),
      subject_id text not null references subjects (id),
      service_id text references services (id),
      number text not null unique,
      province_code text not null,
      service_type text,
      status text not null default 'active' check (status in ('active', 'cancelled', 'revoked')),
      shell boolean not null default false,
      access_limited boolean not null default false,
      approved_at timestamptz not null,
      cancelled_at timestamptz,
      updated_at timestamptz not null default now()
    );
    create index filings_public_latest on filings (approved_at desc, id) where status = 'active';
    create index filings_subject on filings (subject_id);
    create unique index filings_active_subject on filings (subject_id) where kind = 'subject' and status = 'active';
    create unique index filings_active_service on filings (service_id) where kind = 'service' and status = 'active';

    create table number_sequences (
      province_code text not null,
      year integer not null,
      last_value integer not null,
      primary key (province_code, year)
    );

    create table applications (
      id text primary key default gen_random_uuid()::text,
      kind text not null,
      state text not null,
      subject_id text not null references subjects (id),
      service_id text references services (id),
      channel_id text not null references parties (id),
      bureau_id text not null references parties (id),
      created_by text not null references users (id),
      payload jsonb not null,
      return_reasons jsonb not null default '[]',
      findings jsonb not null default '[]',
      sms_wrong_codes integer not null default 0,
      version integer not null default 1,
      state_entered_at timestamptz not null default now(),
      submitted_at timestamptz,
      sms_started_at timestamptz,
      bureau_entered_at timestamptz,
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index applications_one_in_flight_per_subject on applications (subject_id)
      where state in ('provider_review', 'provider_returned', 'sms_pending', 'bureau_review', 'bureau_returned');
    create index applications_channel on applications (channel_id, state);
    create index applications_bureau on applications (bureau_id, state);
    create index applications_creator on applications (created_by);
    create index applications_sms_pending on applications (sms_started_at) where state = 'sms_pending';

    create table application_markers (
      application_id text not null references applications (id),
      marker text not null,
      at timestamptz not null default now(),
      primary key (application_id, marker)
    );

    create table sms_challenges (
      id text primary key default gen_random_uuid()::text,
      application_id text not null references applications (id),
      phone text not null,
      roles jsonb not null,
      certificate_tail_hash text not null,
      code_hash text not null,
      sent_at timestamptz not null,
      expires_at timestamptz not null,
      send_count integer not null default 1,
      verified_at timestamptz
    );
    create index sms_challenges_application on sms_challenges (application_id);

    create table materials (
      id text primary key,
      content bytea not null,
      media_type text not null,
      size_bytes integer not null,
      created_by text references users (id),
      created_at timestamptz not null default now()
    );

    create table history (
      seq integer primary key,
      at timestamptz not null,
      actor_user_id text,
      actor_role text not null,
      actor_party_id text,
      entity_type text not null,
      entity_id text not null,
      action text not null,
      from_state text,
      to_state text,
      reason text,
      data jsonb not null default '{}',
      prev_hash text not null,
      hash text not null
    );
    create index history_entity on history (entity_type, entity_id, seq);

    create table history_head (
      id integer primary key check (id = 1),
      seq integer not null,
      hash text not null
    );
    insert into history_head (id, seq, hash) values (1, 0, repeat('0', 64));

    create function history_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'history is append-only';
    end
    $$;
    create trigger history_no_update before update or delete on history
      for each row execute function history_is_append_only();

    create table outbox (
      id bigserial primary key,
      topic text not null,
      recipient text not null,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      available_at timestamptz not null default now(),
      delivered_at timestamptz,
      attempts integer not null default 0,
      last_error text
    );
    create index outbox_pending on outbox (available_at, id) where delivered_at is null;

    create table dev_inbox (
      id bigserial primary key,
      channel text not null,
      recipient text not null,
      subject text not null,
      body text not null,
      created_at timestamptz not null default now()
    );

    create table idempotency_keys (
      principal text not null,
      key text not null,
      request_hash text not null,
      status_code integer not null,
      response jsonb not null,
      created_at timestamptz not null default now(),
      primary key (principal, key)
    );

    create table calendar_overrides (
      date text primary key,
      kind text not null check (kind in ('holiday', 'workday')),
      name text,
      updated_by text,
      updated_at timestamptz not null default now()
    );

    create table calendar_years (
      year integer primary key,
      declared_by text,
      declared_at timestamptz not null default now()
    );
  `.execute(db);
}
