import type { Kysely } from 'kysely';
import { defaultRegions } from '../../domain/regions/index.js';
import type { Database } from '../schema.js';

export interface SeededParties {
  ministry: string;
  /** Bureau party id by six-digit province code. */
  bureaus: Record<string, string>;
  providers: [string, string];
  miniProgramPlatform: string;
  quickAppPlatform: string;
  appStore: string;
  terminalMaker: string;
}

/**
 * The ministry, the 31 provincial bureaus and a few providers and platforms, each with its code: the demo's and the tests' parties.
 * Providers and platforms have notice addresses (reserved example domains) so their notices show in the demo.
 */
export async function seedParties(db: Kysely<Database>): Promise<SeededParties> {
  const insert = async (values: {
    kind: Database['parties']['kind'];
    name: string;
    name_en: string;
    platform_kind?: 'app_store' | 'mini_program' | 'quick_app';
    province_code?: string;
    notify_email?: string;
    notify_phone?: string;
    code: string;
  }) =>
    (
      await db
        .insertInto('parties')
        .values({ platform_kind: null, province_code: null, ...values })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const ministry = await insert({ kind: 'ministry', code: 'ministry', name: '工业和信息化部', name_en: 'Ministry of Industry and Information Technology' });
  const bureaus: Record<string, string> = {};
  for (const region of defaultRegions) {
    bureaus[region.code] = await insert({
      kind: 'bureau',
      name: `${region.name.zh}通信管理局`,
      name_en: `${region.name.en} Communications Administration`,
      province_code: region.code,
      code: `bureau-${region.code}`,
    });
  }
  return {
    ministry,
    bureaus,
    providers: [
      await insert({ kind: 'access_provider', code: 'provider-example-cloud', name: '示例云计算有限公司', name_en: 'Example Cloud Co., Ltd.', notify_email: 'beian@cloud.example', notify_phone: '4000000001' }),
      await insert({ kind: 'access_provider', code: 'provider-sample-data', name: '样例数据科技有限公司', name_en: 'Sample Data Technology Co., Ltd.', notify_email: 'beian@sample-data.example' }),
    ],
    miniProgramPlatform: await insert({ kind: 'distribution_platform', platform_kind: 'mini_program', code: 'miniprogram-example', name: '示例小程序平台', name_en: 'Example Mini-Program Platform', notify_email: 'beian@mini.example' }),
    quickAppPlatform: await insert({ kind: 'distribution_platform', platform_kind: 'quick_app', code: 'quickapp-example', name: '示例快应用平台', name_en: 'Example Quick App Platform', notify_email: 'beian@quick.example' }),
    appStore: await insert({ kind: 'distribution_platform', platform_kind: 'app_store', code: 'appstore-example', name: '示例应用商店', name_en: 'Example App Store' }),
    terminalMaker: await insert({ kind: 'terminal_maker', code: 'terminal-example', name: '示例终端制造有限公司', name_en: 'Example Devices Co., Ltd.' }),
  };
}
