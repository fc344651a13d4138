import { z } from 'zod';
import { applicationStates } from '../../domain/lifecycle/application-states.js';
import { serviceTypes } from '../../domain/form/service-form.js';
import type { Region } from '../../domain/regions/index.js';
import type { ApplicationCounts } from '../../store/statistics/application-counts.js';
import type { FilingCounts } from '../../store/statistics/filing-counts.js';
import type { ReportingParty } from '../../store/statistics/reporting-parties.js';
import type { BacklogRow } from '../../store/statistics/review-backlog.js';
import type { ReviewTimeRow } from '../../store/statistics/review-times.js';

const count = z.number().int().nonnegative();
const partyRef = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.object({ zh: z.string(), en: z.string() }).nullable().describe("a bureau's province"),
});
const provinceRef = z.object({ code: z.string(), name: z.object({ zh: z.string(), en: z.string() }) });
const period = z.object({ from: z.string().nullable(), to: z.string().nullable() });
const filingStatuses = ['active', 'cancelled', 'revoked'] as const;
const countedStates = applicationStates.filter((state) => state !== 'draft');

export const countsView = z.object({
  period,
  provinceCode: z.string().nullable(),
  filings: z.object({
    subjects: count,
    services: count,
    byProvince: z.array(z.object({ province: provinceRef, subjects: count, services: count })),
    byStatus: z.array(z.object({ status: z.enum(filingStatuses), subjects: count, services: count })),
    byServiceType: z.array(z.object({ serviceType: z.enum(serviceTypes), services: count })),
    byChannel: z.array(z.object({ channel: partyRef.nullable().describe('null: filings imported without a channel'), services: count })),
  }),
  applications: z.object({
    total: count,
    byProvince: z.array(z.object({ province: provinceRef, applications: count })),
    byState: z.array(z.object({ state: z.enum(applicationStates), applications: count })),
    byChannel: z.array(z.object({ channel: partyRef, applications: count })),
    byServiceType: z.array(z.object({ serviceType: z.enum(serviceTypes).nullable().describe('null: applications naming no service'), applications: count })),
  }),
});

const backlogStage = z.object({
  waiting: count,
  overdue: count,
  rows: z.array(z.object({ party: partyRef, waiting: count, overdue: count, oldestEnteredAt: z.string().nullable() })),
});
export const backlogView = z.object({ asOf: z.string(), provinceCode: z.string().nullable(), providerReview: backlogStage, bureauReview: backlogStage });

const timing = { decisions: count, p50Seconds: z.number().nullable(), p90Seconds: z.number().nullable() };
const reviewTimeStage = z.object({ overall: z.object(timing), rows: z.array(z.object({ party: partyRef, ...timing })) });
export const reviewTimesView = z.object({ period, provinceCode: z.string().nullable(), providerReview: reviewTimeStage, bureauReview: reviewTimeStage });

export interface ViewContext {
  period: { from: string | null; to: string | null };
  provinceCode: string | null;
  /** The provinces in scope, in table order. */
  provinces: readonly Region[];
  regionOf(code: string): Region | undefined;
  bureaus: readonly ReportingParty[];
  channels: readonly ReportingParty[];
}

type PartyRef = z.infer<typeof partyRef>;

function refOf(context: ViewContext): (party: ReportingParty) => PartyRef {
  return (party) => {
    const region = party.provinceCode === null ? undefined : context.regionOf(party.provinceCode);
    return { id: party.id, code: party.code, name: party.name, nameEn: party.nameEn, provinceCode: party.provinceCode, provinceName: region ? { zh: region.name.zh, en: region.name.en } : null };
  };
}

function province(region: Region): z.infer<typeof provinceRef> {
  return { code: region.code, name: { zh: region.name.zh, en: region.name.en } };
}

/** Every province, status, type, state and channel in scope appears, with zeros, so that figures compare side by side. */
export function presentCounts(context: ViewContext, filings: FilingCounts, applications: ApplicationCounts): z.infer<typeof countsView> {
  const byCode = <T extends { provinceCode: string }>(rows: T[]) => new Map(rows.map((row) => [row.provinceCode, row]));
  const filingProvinces = byCode(filings.byProvince);
  const applicationProvinces = byCode(applications.byProvince);
  const filingStatus = new Map(filings.byStatus.map((row) => [row.status, row]));
  const filingTypes = new Map(filings.byServiceType.map((row) => [row.serviceType, row.services]));
  const filingChannels = new Map(filings.byChannel.map((row) => [row.channelId, row.services]));
  const applicationStatesCounted = new Map(applications.byState.map((row) => [row.state, row.applications]));
  const applicationChannels = new Map(applications.byChannel.map((row) => [row.channelId, row.applications]));
  const applicationTypes = new Map(applications.byServiceType.map((row) => [row.serviceType, row.applications]));
  const imported = filingChannels.get(null) ?? 0;
  const ref = refOf(context);
  return {
    period: context.period,
    provinceCode: context.provinceCode,
    filings: {
      subjects: filings.byProvince.reduce((sum, row) => sum + row.subjects, 0),
      services: filings.byProvince.reduce((sum, row) => sum + row.services, 0),
      byProvince: context.provinces.map((region) => ({
        province: province(region),
        subjects: filingProvinces.get(region.code)?.subjects ?? 0,
        services: filingProvinces.get(region.code)?.services ?? 0,
      })),
      byStatus: filingStatuses.map((status) => ({ status, subjects: filingStatus.get(status)?.subjects ?? 0, services: filingStatus.get(status)?.services ?? 0 })),
      byServiceType: serviceTypes.map((serviceType) => ({ serviceType, services: filingTypes.get(serviceType) ?? 0 })),
      byChannel: [
        ...context.channels.map((channel) => ({ channel: ref(channel), services: filingChannels.get(channel.id) ?? 0 })),
        ...(imported > 0 ? [{ channel: null, services: imported }] : []),
      ],
    },
    applications: {
      total: applications.total,
      byProvince: context.provinces.map((region) => ({ province: province(region), applications: applicationProvinces.get(region.code)?.applications ?? 0 })),
      byState: countedStates.map((state) => ({ state, applications: applicationStatesCounted.get(state) ?? 0 })),
      byChannel: context.channels.map((channel) => ({ channel: ref(channel), applications: applicationChannels.get(channel.id) ?? 0 })),
      byServiceType: [
        ...serviceTypes.map((serviceType) => ({ serviceType, applications: applicationTypes.get(serviceType) ?? 0 })),
        { serviceType: null, applications: applicationTypes.get(null) ?? 0 },
      ],
    },
  };
}

function backlogStageView(ref: (party: ReportingParty) => PartyRef, parties: readonly ReportingParty[], rows: BacklogRow[]): z.infer<typeof backlogStage> {
  const byParty = new Map(rows.map((row) => [row.partyId, row]));
  return {
    waiting: rows.reduce((sum, row) => sum + row.waiting, 0),
    overdue: rows.reduce((sum, row) => sum + row.overdue, 0),
    rows: parties.map((party) => {
      const row = byParty.get(party.id);
      return { party: ref(party), waiting: row?.waiting ?? 0, overdue: row?.overdue ?? 0, oldestEnteredAt: row ? new Date(row.oldestEnteredAt).toISOString() : null };
    }),
  };
}

export function presentBacklog(context: ViewContext, asOf: Date, provider: BacklogRow[], bureau: BacklogRow[]): z.infer<typeof backlogView> {
  return {
    asOf: asOf.toISOString(),
    provinceCode: context.provinceCode,
    providerReview: backlogStageView(refOf(context), context.channels, provider),
    bureauReview: backlogStageView(refOf(context), context.bureaus, bureau),
  };
}

function reviewTimeStageView(ref: (party: ReportingParty) => PartyRef, parties: readonly ReportingParty[], rows: ReviewTimeRow[]): z.infer<typeof reviewTimeStage> {
  const overall = rows.find((row) => row.partyId === null);
  const byParty = new Map(rows.filter((row) => row.partyId !== null).map((row) => [row.partyId, row]));
  const timingOf = (row: ReviewTimeRow | undefined) => ({ decisions: row?.decisions ?? 0, p50Seconds: row?.p50Seconds ?? null, p90Seconds: row?.p90Seconds ?? null });
  return { overall: timingOf(overall), rows: parties.map((party) => ({ party: ref(party), ...timingOf(byParty.get(party.id)) })) };
}

export function presentReviewTimes(context: ViewContext, rows: ReviewTimeRow[]): z.infer<typeof reviewTimesView> {
  return {
    period: context.period,
    provinceCode: context.provinceCode,
    providerReview: reviewTimeStageView(refOf(context), context.channels, rows.filter((row) => row.stage === 'provider_review')),
    bureauReview: reviewTimeStageView(refOf(context), context.bureaus, rows.filter((row) => row.stage === 'bureau_review')),
  };
}
