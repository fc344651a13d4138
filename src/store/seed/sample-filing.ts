import type { ApplicationBodyInput } from '../../domain/form/application-body.js';
import type { ServiceType } from '../../domain/form/service-form.js';
import { gb11643CheckDigit } from '../../domain/identity/gb11643-check-digit.js';
import { organizationCodeCheckCharacter, usccCheckCharacter } from '../../domain/identity/uscc.js';
import { countiesOf, defaultRegions, prefecturesOf } from '../../domain/regions/index.js';
import { sampleServiceMaterials, sampleSubjectMaterials } from './sample-materials.js';

const brands = ['云雀', '青禾', '墨竹', '知行', '星河', '朗月', '松果', '蓝鲸', '橙光', '远帆', '听雨', '拾光'];
const products = ['记账', '日程', '阅读', '健身', '天气', '相册', '笔记', '翻译', '菜谱', '出行'];
const pinyin = ['yunque', 'qinghe', 'mozhu', 'zhixing', 'xinghe', 'langyue', 'songguo', 'lanjing', 'chengguang', 'yuanfan', 'tingyu', 'shiguang'];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A valid unified social credit code for sample company n in a province (登记管理部门 9, 企业 1). */
export function sampleUscc(provinceCode: string, n: number): string {
  const org8 = `M${pad(n % 10_000_000, 7)}`;
  const first17 = `91${provinceCode.slice(0, 2)}0100${org8}${organizationCodeCheckCharacter(org8)}`;
  return first17 + usccCheckCharacter(first17);
}

/** A valid resident identity card number for sample person n, born in the 1980s in a province's capital. */
export function sampleResidentId(provinceCode: string, n: number): string {
  const birth = `19${80 + (n % 10)}${pad((n % 12) + 1, 2)}${pad((n % 28) + 1, 2)}`;
  const first17 = `${provinceCode.slice(0, 2)}0102${birth}${pad(n % 1000, 3)}`;
  return first17 + gb11643CheckDigit(first17);
}

/** A mobile number unique to sample person n. */
export function sampleMobile(n: number): string {
  return `139${pad(n % 100_000_000, 8)}`;
}

function person(provinceCode: string, n: number, name: string, domain: string) {
  return {
    name,
    certificate: { type: 2, number: sampleResidentId(provinceCode, n), validFrom: '2020-01-01', validTo: '2040-01-01' },
    mobile: sampleMobile(n),
    emergencyPhone: `010-6${pad(n % 10_000_000, 7)}`,
    email: `contact${n}@${domain}`,
  };
}

/**
 * A realistic, pre-check-clean first filing: an enterprise in the given province with one app on Android and iOS
 * (or a mini-program), numbered n so that many can coexist. Used by the demo data and the tests; its materials are
 * the sample materials, which the filing account uploads first (uploadSampleMaterials).
 */
export function sampleFirstFiling(options: {
  n: number;
  provinceCode?: string;
  channelId: string;
  serviceType?: ServiceType;
}): ApplicationBodyInput {
  const { n, channelId } = options;
  const provinceCode = options.provinceCode ?? '110000';
  const region = defaultRegions.find((r) => r.code === provinceCode) ?? defaultRegions[0]!;
  const brand = brands[n % brands.length]!;
  const product = products[Math.floor(n / brands.length) % products.length]!;
  const slug = `${pinyin[n % pinyin.length]}${n}`;
  const domain = `${slug}.cn`;
  const type = options.serviceType ?? 'app';
  const company = `${region.name.zh.replace(/(省|市|自治区|壮族|回族|维吾尔)+$/u, '')}${brand}${product}网络科技有限公司`;
  const city = prefecturesOf(provinceCode)[0]?.code ?? `${provinceCode.slice(0, 2)}0100`;
  const district = countiesOf(city)[0]?.code ?? city;
  return {
    kind: 'first_filing',
    channelId,
    subject: {
      name: company,
      nature: 4,
      certificate: { type: 1, number: sampleUscc(provinceCode, n), validFrom: '2018-05-01', validTo: 'long_term' },
      province: provinceCode,
      city,
      district,
      address: `建设路${(n % 300) + 1}号${(n % 20) + 1}层${(n % 9) + 1}01室`,
      superior: company,
      mainPerson: person(provinceCode, n * 2, '王明远', domain),
      materials: sampleSubjectMaterials(),
    },
    services: [
      {
        type,
        name: `${brand}${product}`,
        remark: `面向个人用户的${product}工具，提供${product}记录、分类整理和数据同步功能，不含社区互动和信息发布。`,
        languages: ['zh_CN'],
        contentCategories: ['tools.office'],
        preApprovals: [],
        responsiblePerson: person(provinceCode, n * 2 + 1, '李思琪', domain),
        ...(type === 'app'
          ? {
              featureInfo: [
                { platform: 'android' as const, packageName: `cn.${pinyin[n % pinyin.length]}.app${n}`, publicKey: `00c3a1f2b4d5e6f708192a3b4c5d6e7f${pad(n, 8)}`, signatureMd5: `5a1b2c3d4e5f60718293a4b5${pad(n, 8)}` },
                { platform: 'ios' as const, packageName: `cn.${pinyin[n % pinyin.length]}.app${n}`, publicKey: `00d4b2e3c5f6a7081929a3b4c5d6e7f8${pad(n, 8)}`, signatureMd5: `9f8e7d6c5b4a39281706f5e4d3c2b1a0${pad(n, 8)}` },
              ],
              domains: [`api.${domain}`],
              access: { providerId: channelId, connectionMethods: ['cloud'], serverLocations: [provinceCode], ips: [`47.96.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`], supportsIpv6: false },
            }
          : { platformAppId: `wx${pad(n, 16)}`, hostPlatformId: channelId }),
        sdks: [],
        materials: sampleServiceMaterials(),
      },
    ],
  };
}
