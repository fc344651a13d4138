/**
 * Province differences as configuration, one entry per bureau (by two-digit province code), from domain.md §6
 * (sources HW-PROV, INSPUR, HW-CANCEL). Rules read a resolved policy; no rule branches on a province code.
 */
export interface BureauPolicy {
  /** The main responsible person must be the legal representative (§6.1). */
  legalRepresentativeMustBeMainPerson: boolean;
  /** Where an authorised main person is allowed, that person must also be every service's responsible person (安徽). */
  authorisedMainPersonMustBeServicePerson: boolean;
  /** Minimum age of an individual filer (§6.9). */
  minimumAge: number;
  /** Individuals whose identity card is from another province: accepted with a residence permit, refused, or not stated. */
  nonLocalResidents: 'accepted_with_permit' | 'refused' | 'unspecified';
  /** Foreign individuals may not file (河北). */
  foreignIndividualsRefused: boolean;
  /** Public institutions may only use .cn/.公益 domains, party and government bodies .gov.cn/.政务 (§6.17). */
  publicBodyDomainsRestricted: boolean;
  /**
   * A shell subject (空壳主体, no active service left) may add services (§5.4: 天津 辽宁 四川 云南 江苏 浙江 上海 广西 山西
   * 北京 贵州); elsewhere it is cancelled first and filed again.
   */
  shellSubjectMayAddServices: boolean;
  /** Domain quotas per order (§6.21); absent means no limit. A new website has one domain everywhere (§4). */
  domainQuota: {
    /** New domains per order, any subject. */
    perOrder?: number;
    /** New domains per order for organisations. */
    perOrderOrganisation?: number;
    /** Domains in an individual's first filing. */
    individualFirstFiling?: number;
  };
}

export const defaultBureauPolicy: BureauPolicy = {
  legalRepresentativeMustBeMainPerson: true,
  authorisedMainPersonMustBeServicePerson: false,
  minimumAge: 18,
  nonLocalResidents: 'unspecified',
  foreignIndividualsRefused: false,
  publicBodyDomainsRestricted: false,
  shellSubjectMayAddServices: false,
  domainQuota: {},
};

/** Differences from the default, by province code. */
export const bureauPolicyOverrides: Readonly<Record<string, Partial<BureauPolicy>>> = {
  '11': { shellSubjectMayAddServices: true }, // 北京
  '12': { shellSubjectMayAddServices: true }, // 天津
  '13': { foreignIndividualsRefused: true }, // 河北
  '14': { nonLocalResidents: 'refused', shellSubjectMayAddServices: true, domainQuota: { perOrder: 3 } }, // 山西
  '15': { nonLocalResidents: 'refused', publicBodyDomainsRestricted: true }, // 内蒙古
  '21': { shellSubjectMayAddServices: true }, // 辽宁
  '31': { nonLocalResidents: 'accepted_with_permit', publicBodyDomainsRestricted: true, shellSubjectMayAddServices: true }, // 上海
  '32': { shellSubjectMayAddServices: true }, // 江苏
  '33': { nonLocalResidents: 'accepted_with_permit', publicBodyDomainsRestricted: true, shellSubjectMayAddServices: true }, // 浙江
  '34': { legalRepresentativeMustBeMainPerson: false, authorisedMainPersonMustBeServicePerson: true }, // 安徽
  '37': { nonLocalResidents: 'accepted_with_permit', minimumAge: 17 }, // 山东
  '41': { domainQuota: { perOrderOrganisation: 5 } }, // 河南
  '43': { domainQuota: { perOrder: 1 } }, // 湖南
  '45': { nonLocalResidents: 'refused', shellSubjectMayAddServices: true }, // 广西
  '46': { legalRepresentativeMustBeMainPerson: false, domainQuota: { individualFirstFiling: 1 } }, // 海南
  '51': { shellSubjectMayAddServices: true }, // 四川
  '52': { shellSubjectMayAddServices: true }, // 贵州
  '53': { shellSubjectMayAddServices: true }, // 云南
  '63': { nonLocalResidents: 'refused' }, // 青海
  '64': { nonLocalResidents: 'refused' }, // 宁夏
  '65': { nonLocalResidents: 'refused' }, // 新疆
};

/** The policy of the bureau of a province (two- or six-digit code), from `overrides` over the default. */
export function bureauPolicy(provinceCode: string, overrides: Readonly<Record<string, Partial<BureauPolicy>>> = bureauPolicyOverrides): BureauPolicy {
  const override = overrides[provinceCode.slice(0, 2)] ?? {};
  return { ...defaultBureauPolicy, ...override, domainQuota: { ...defaultBureauPolicy.domainQuota, ...override.domainQuota } };
}
