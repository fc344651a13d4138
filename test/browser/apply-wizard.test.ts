import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { divisionByCode } from '../../src/domain/regions/divisions.js';
import { sampleFirstFiling, sampleUscc } from '../../src/store/seed/sample-filing.js';
import { sampleMaterials } from '../../src/store/seed/sample-materials.js';
import { launchBrowser, openContext, sessionCookie, type Language } from '../support/browser.js';
import { deliverAll } from '../support/deliver.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { approveAsBureau, confirmBySmsInBrowser } from '../support/journey-pages.js';
import { applicationState } from '../support/lifecycle.js';

const apk = new URL('../fixtures/apk/rsa-v1v2v3.apk', import.meta.url).pathname;
const rsaMd5 = /\[rsa\][\s\S]*?cert_md5=(\w+)/.exec(readFileSync(new URL('../fixtures/apk/oracle/keys.txt', import.meta.url), 'utf8'))![1]!;
const screenshots = new URL('../../docs/screenshots/', import.meta.url);
const scratch = new URL('../../.tmp/screenshots/', import.meta.url);

describe('the applicant portal in Chromium', () => {
  let h: HttpHarness;
  let browser: Browser;
  let cookie: string;
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness();
    cookie = await sessionCookie(h.baseUrl, 'applicant');
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(scratch, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  async function applicantPage(language: Language, width = 1280): Promise<Page> {
    const context = await openContext(browser, h.baseUrl, { width, language, cookie });
    return context.newPage();
  }

  /** A first filing saved as a draft without feature info: the package fills it in the wizard. */
  async function draftWithoutFeatureInfo(n: number): Promise<{ id: string; body: ReturnType<typeof sampleFirstFiling> }> {
    const body = sampleFirstFiling({ n, provinceCode: '110000', channelId: h.parties.providers[0] });
    body.services![0]!.featureInfo = [];
    const applicant = await h.signIn('applicant', 'test-password');
    const created = await applicant.request<{ id: string }>('POST', '/api/v1/applications', body);
    assert.equal(created.status, 201, created.text);
    return { id: created.body.id, body };
  }

  it('files a first filing through the wizard from a blank form: the package fills feature info, materials are previewed; a return reason shows at its field, the fix is resubmitted; after approval the display kit links the number', async () => {
    const sample = sampleFirstFiling({ n: 41, provinceCode: '110000', channelId: h.parties.providers[0] });
    const subject = sample.subject!;
    const service = sample.services![0]!;
    const provider = await h.store.db.selectFrom('parties').select('name').where('id', '=', h.parties.providers[0]).executeTakeFirstOrThrow();
    const page = await applicantPage('zh-CN');
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text().slice(0, 300));
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror ${e.message}`));
    await page.goto('/apply');
    await page.getByRole('button', { name: '新增备案（首次备案）' }).click();
    await page.waitForURL('**/apply/new/first_filing');

    const step = (key: string) => page.locator(`[data-step="${key}"]`);
    const choose = async (scope: Locator, label: string, option: string, search = true) => {
      const shown = scope.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) }).filter({ hasText: option });
      await pickOnce(scope, label, option, search);
      // Under CI load a click on an option has once not taken (the field stayed empty): the choice is made again then,
      // as a person would, and must show.
      if (!(await shown.waitFor({ timeout: 5_000 }).then(() => true, () => false))) await pickOnce(scope, label, option, search);
      await shown.waitFor({ timeout: 15_000 });
    };
    const pickOnce = async (scope: Locator, label: string, option: string, search: boolean) => {
      const box = scope.getByLabel(label, { exact: true });
      await box.click();
      if (search) {
        // Typing filters the options; Enter takes the first one that matches.
        await box.fill(option);
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().waitFor();
        await box.press('Enter');
      } else {
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
      }
      await page.keyboard.press('Escape');
    };
    const tags = async (scope: Locator, label: string, values: string[]) => {
      const box = scope.getByLabel(label, { exact: true });
      for (const value of values) {
        await box.fill(value);
        await box.press('Enter');
      }
    };
    const next = () => page.getByRole('button', { name: '下一步' }).click();
    const person = async (scope: Locator, p: NonNullable<typeof subject>['mainPerson']) => {
      await scope.getByLabel('名称', { exact: true }).fill(p.name);
      await choose(scope, '证件类型', '居民身份证');
      await scope.getByLabel('证件号码', { exact: true }).fill(p.certificate.number);
      await scope.getByLabel('有效期起', { exact: true }).fill(p.certificate.validFrom!);
      await scope.getByLabel('有效期止', { exact: true }).fill(p.certificate.validTo as string);
      await scope.getByLabel('手机号码', { exact: true }).fill(p.mobile);
      await scope.getByLabel('应急联系电话', { exact: true }).fill(p.emergencyPhone);
      await scope.getByLabel('电子邮箱', { exact: true }).fill(p.email);
    };

    // 主办者
    const s1 = step('subject');
    await choose(s1, '备案渠道（接入商或分发平台）', provider.name);
    await s1.getByLabel('主办单位或个人名称', { exact: true }).fill(subject.name);
    await choose(s1, '主体性质', '企业');
    await choose(s1, '证件类型', '营业执照（个人或企业）');
    await s1.getByLabel('证件号码', { exact: true }).fill(subject.certificate.number);
    await s1.getByLabel('有效期起', { exact: true }).fill(subject.certificate.validFrom!);
    await s1.getByRole('checkbox', { name: '长期' }).click();
    await s1.getByRole('checkbox', { name: '长期', checked: true }).waitFor();
    await choose(s1, '省份', '北京市');
    await choose(s1, '城市', divisionByCode(subject.city)!.name.zh);
    await choose(s1, '区县', divisionByCode(subject.district)!.name.zh);
    await s1.getByLabel('详细地址', { exact: true }).fill(subject.address);
    await next();
    await person(step('mainPerson'), subject.mainPerson);
    await next();
    // 服务
    const s3 = step('services');
    await s3.getByLabel('服务名称', { exact: true }).fill(service.name);
    await s3.getByLabel('服务内容描述', { exact: true }).fill(service.remark!);
    await choose(s3, '服务内容', '办公效率');
    await next();
    await person(step('responsiblePerson'), service.responsiblePerson);
    await next();
    // 特征信息: the package fills package name, public key and signature MD5
    await step('featureInfo').locator('[data-testid="package-drop"] input[type="file"]').setInputFiles(apk);
    await page.getByTestId('package-certificate').waitFor();
    const packageField = page.locator('[data-field="services[0].featureInfo[0].packageName"] input');
    await packageField.waitFor();
    assert.equal(await packageField.inputValue(), 'cn.example.filinglab');
    assert.equal(await page.locator('[data-field="services[0].featureInfo[0].signatureMd5"] input').inputValue(), rsaMd5);
    assert.match(await page.locator('[data-field="services[0].featureInfo[0].publicKey"] textarea').inputValue(), /^[0-9A-F]{200,}$/);
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: new URL('apply-wizard-zh-CN.png', screenshots).pathname, fullPage: true });
    await next();
    // 域名与接入
    const s6 = step('access');
    await tags(s6, '域名', service.domains!);
    await choose(s6, '接入商', provider.name);
    await choose(s6, '接入方式', '云接入', false);
    await choose(s6, '服务器所在地', '北京市');
    await tags(s6, 'IP地址', service.access!.ips!);
    await next();
    // 上传材料: each uploaded through the page and previewed
    const materialDir = mkdtempSync(join(tmpdir(), 'beian-materials-'));
    const upload = async (list: string, kind: string, file: string) => {
      const card = page.locator(`[data-material-list="${list}"]`);
      const kindBox = card.getByRole('combobox', { name: '材料类型' });
      await kindBox.click();
      await kindBox.fill(kind);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: kind }).first().waitFor();
      await kindBox.press('Enter');
      await card.locator('.ant-select').filter({ hasText: kind }).waitFor({ timeout: 10_000 });
      const before = await card.getByTestId('material-preview').count();
      await card.locator('input[type="file"]').setInputFiles(file);
      await card.getByTestId('material-preview').nth(before).waitFor();
    };
    const pdf = (kind: string) => {
      const path = join(materialDir, `${kind}.pdf`);
      writeFileSync(path, sampleMaterials.find((m) => m.kind === kind)!.content);
      return path;
    };
    const photo = join(materialDir, 'licence.png');
    writeFileSync(photo, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'));
    await upload('subject.materials', '主体单位证件', photo);
    await upload('subject.materials', '主体负责人证件', pdf('main_person_certificate'));
    await upload('subject.materials', 'ICP备案信息真实性承诺书', pdf('commitment_letter'));
    await upload('services[0].materials', '服务负责人证件', pdf('service_person_certificate'));
    await upload('services[0].materials', '核验单', pdf('verification_sheet'));
    await upload('services[0].materials', 'ICP备案信息真实性承诺书', pdf('commitment_letter'));
    await upload('services[0].materials', '互联网信息服务备案承诺书', pdf('service_commitment_letter'));
    assert.equal(await page.locator('[data-material-list="subject.materials"] img[data-testid="material-preview"]:not([data-preview])').count(), 1, 'the image is shown as an image');
    // A PDF shows as a picture of its first page: no viewer in a frame takes the focus while the applicant types.
    const firstPage = page.locator('[data-material-list="subject.materials"] img[data-preview="pdf"]').first();
    await firstPage.waitFor();
    assert.ok(await firstPage.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 100), 'the first page is drawn');
    assert.equal(await page.locator('iframe').count(), 0);
    rmSync(materialDir, { recursive: true, force: true });
    await next();
    // 核对并提交
    await page.getByText('预检未发现问题，可以提交。').waitFor().catch(async (error: unknown) => {
      await page.screenshot({ path: new URL('../../.tmp/screenshots/apply-review-step-not-clean.png', import.meta.url).pathname, fullPage: true });
      throw new Error(`the review step reads: ${(await page.locator('[data-step="review"]').innerText()).slice(0, 1500)}`, { cause: error });
    });
    await page.getByRole('button', { name: /^提交初审/ }).click();
    await page.waitForURL(/\/apply\/applications\/[0-9a-f-]{36}$/);
    const id = /applications\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    assert.equal(await applicationState(h, id), 'provider_review');
    await page.getByRole('button', { name: '返回列表' }).waitFor({ timeout: 60_000 }).catch((error: unknown) => {
      throw new Error(`console: ${consoleErrors.join(' | ')}`, { cause: error });
    });
    // The page counts working days from the same moment the server's clock stands at.
    await page.clock.setFixedTime(h.clock.now);
    await page.reload();
    // The initial review's deadline: a date and the working days left on the server's calendar.
    const deadline = page.getByTestId('stage-deadline');
    await deadline.waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: new URL('../../.tmp/screenshots/apply-deadline-missing.png', import.meta.url).pathname, fullPage: true });
      throw new Error(`no deadline at ${page.url()}`, { cause: error });
    });
    await deadline.getByText('剩余工作日').waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      throw new Error(`the deadline card reads: ${await deadline.innerText()}`, { cause: error });
    });
    assert.match(await deadline.innerText(), /\d{4}-\d{2}-\d{2} \d{2}:\d{2}[\s\S]*剩余工作日\s*[1-9]\d*\s*天/);

    // The provider returns it through its console with a reason at the signature MD5.
    const field = 'services[0].featureInfo[0].signatureMd5';
    const reviewer = await openContext(browser, h.baseUrl, { width: 1280, language: 'zh-CN', cookie: await sessionCookie(h.baseUrl, 'provider') });
    const review = await reviewer.newPage();
    await review.goto(`/review/applications/${id}`);
    await review.getByRole('button', { name: '退回' }).click();
    const dialog = review.getByRole('dialog');
    await dialog.getByLabel('退回原因 1 · 字段').fill(field);
    await review.keyboard.press('Enter');
    await dialog.getByLabel('原因', { exact: true }).fill('SIGNATURE_MD5_FORMAT');
    await review.keyboard.press('Enter');
    await dialog.getByLabel('审核意见').fill('签名与上架版本不一致');
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await review.getByText('初审退回').first().waitFor();
    assert.equal(await applicationState(h, id), 'provider_returned');

    // The applicant sees the reason at that field in the wizard, fixes it and resubmits.
    await page.goto(`/apply/applications/${id}/edit`);
    await page.getByRole('button', { name: '特征信息' }).click();
    const atField = page.locator(`[data-field="${field}"]`);
    await atField.getByText('签名与上架版本不一致').waitFor();
    await atField.locator('input').fill(rsaMd5.toUpperCase());
    await page.getByRole('button', { name: '核对并提交' }).click();
    await page.getByRole('button', { name: /^提交初审/ }).click();
    await page.waitForURL(`**/apply/applications/${id}`);
    assert.equal(await applicationState(h, id), 'provider_review');
    const stored = await h.store.db.selectFrom('applications').select('payload').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal((stored.payload as { services: Array<{ featureInfo: Array<{ signatureMd5: string }> }> }).services[0]!.featureInfo[0]!.signatureMd5, rsaMd5.toUpperCase());

    // The provider passes it: each responsible person's phone gets a code.
    await review.reload();
    await review.getByRole('button', { name: '初审通过' }).click();
    await review.getByRole('button', { name: /确\s*定|OK/ }).click();
    await review.getByText('短信核验中').first().waitFor();
    await reviewer.close();
    assert.equal(await applicationState(h, id), 'sms_pending');
    // A round of the job loop's delivery puts the SMS in the developer inbox (demo mode).
    await deliverAll(h);

    // Each person finds the code for their phone in the inbox and enters it on the page the SMS names, a wrong one
    // first: the main responsible person in Chinese, the service's in English, each on a phone-sized screen.
    const maxWrong = h.deps.policy.smsMaxWrongCodes;
    const main = await confirmBySmsInBrowser(browser, h.baseUrl, { mobile: subject.mainPerson.mobile, certificateNumber: subject.mainPerson.certificate.number }, { language: 'zh-CN', shots: scratch, name: 'journey-verify', scanInbox: true });
    assert.match(main.inbox.forWhom, /^主体负责人/);
    assert.equal(main.wrong.title, '验证码或证件号码后六位错误');
    assert.ok(main.wrong.body.includes(`再连续输错${maxWrong}次`), main.wrong.body);
    assert.equal(main.confirmed.title, '您的核验已完成');
    assert.ok(main.confirmed.body.includes('还有1位负责人'), main.confirmed.body);
    assert.equal(await applicationState(h, id), 'sms_pending');
    const responsible = await confirmBySmsInBrowser(browser, h.baseUrl, { mobile: service.responsiblePerson.mobile, certificateNumber: service.responsiblePerson.certificate.number }, { language: 'en', shots: scratch, name: 'journey-verify' });
    assert.ok(responsible.inbox.forWhom.includes(`Responsible person of ${service.name}`), responsible.inbox.forWhom);
    assert.notEqual(responsible.inbox.code, main.inbox.code);
    assert.equal(responsible.wrong.title, 'Wrong code or certificate ending');
    // The main person's right code started the count again.
    assert.ok(responsible.wrong.body.includes(`${maxWrong} more wrong entries in a row`), responsible.wrong.body);
    assert.equal(responsible.confirmed.title, 'Verification complete');
    assert.match(responsible.confirmed.body, /gone to the provincial bureau/);
    assert.equal(await applicationState(h, id), 'bureau_review');

    // The Beijing bureau signs in and approves on its review page.
    await approveAsBureau(browser, h.baseUrl, { login: 'bureau-bj', password: 'test-password' }, { id, linkName: subject.name }, scratch);
    assert.equal(await applicationState(h, id), 'approved');
    const number = (await h.store.db.selectFrom('filings').innerJoin('services', 'services.id', 'filings.service_id').select('filings.number').where('services.name', '=', service.name).executeTakeFirstOrThrow()).number;

    // The public page shows the number.
    const link = `${h.baseUrl}/filings/${encodeURIComponent(number)}`;
    const publicPage = await page.context().newPage();
    assert.equal((await publicPage.goto(link))?.status(), 200);
    assert.equal(await publicPage.getByRole('heading', { level: 1 }).innerText(), service.name);
    assert.equal(await publicPage.locator('strong.number').innerText(), number);
    assert.ok((await publicPage.title()).startsWith(number), await publicPage.title());
    await publicPage.close();

    // The display kit: the snippets name the number and link to its public page.
    await page.reload();
    const kit = page.getByTestId('display-kit');
    await kit.waitFor();
    const footer = await kit.locator('[data-snippet="html"]').innerText();
    assert.ok(footer.includes(number), footer);
    assert.ok(footer.includes(`href="${link}"`), footer);
    assert.ok((await kit.locator('svg').count()) >= 1, 'a QR code is drawn');
    // The application page shows each PDF material as its first page: six of the seven uploads.
    await page.locator('img[data-preview="pdf"]').nth(5).waitFor();
    await page.waitForFunction("document.querySelectorAll('.ant-skeleton').length === 0");
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: new URL('apply-display-kit-zh-CN.png', screenshots).pathname, fullPage: true });
    await page.context().close();
  });

  it('picks city and district by name in both languages, keeps the half-filled subject as a draft, and shows its codes by name when reopened', async () => {
    const provider = await h.store.db.selectFrom('parties').select(['name', 'name_en']).where('id', '=', h.parties.providers[0]).executeTakeFirstOrThrow();
    const words = {
      'zh-CN': { provider: provider.name, nature: '企业', certificate: '营业执照', province: '广东省', city: '深圳市', district: '南山区', save: '保存草稿', saved: '已保存 · 第 1 版' },
      en: { provider: provider.name_en ?? provider.name, nature: 'Enterprise', certificate: 'Business licence', province: 'Guangdong', city: 'Shenzhen', district: 'Nanshan District', save: 'Save draft', saved: 'Saved · version 1' },
    } as const;
    for (const [i, language] of (['zh-CN', 'en'] as const).entries()) {
      const w = words[language];
      const page = await applicantPage(language);
      await page.goto('/apply/new/first_filing');
      const field = (path: string) => page.locator(`[data-field="${path}"]`);
      const pick = async (path: string, option: string) => {
        const box = field(path).locator('input');
        await box.click();
        await box.fill(option);
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().waitFor();
        await box.press('Enter');
        await page.keyboard.press('Escape');
        await field(path).locator('.ant-select').filter({ hasText: option }).waitFor();
      };
      await pick('channelId', w.provider);
      await field('subject.name').locator('input').fill(`深圳南山半途${i}科技有限公司`);
      await pick('subject.nature', w.nature);
      await pick('subject.certificate.type', w.certificate);
      await field('subject.certificate.number').locator('input').fill(sampleUscc('440000', 9100 + i));
      await pick('subject.province', w.province);
      await pick('subject.city', w.city);
      await pick('subject.district', w.district);

      await page.evaluate('document.fonts.ready');
      await page.screenshot({ path: new URL(`apply-subject-step-${language}.png`, screenshots).pathname, fullPage: true });
      await page.setViewportSize({ width: 390, height: 860 });
      // The console lays itself out for a phone once it has seen the new width: its menu button replaces the sidebar.
      await page.locator('.console-menu-button').waitFor();
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      assert.ok(overflow <= 0, `the subject step is ${overflow}px wider than a 390px screen`);
      await page.screenshot({ path: new URL(`../../.tmp/screenshots/apply-subject-step-${language}-390.png`, import.meta.url).pathname, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 860 });

      await page.getByRole('button', { name: w.save }).click();
      await page.getByText(w.saved).waitFor();
      await page.waitForURL('**/apply/applications/*/edit');
      const id = /applications\/([^/]+)\/edit/.exec(page.url())![1]!;
      const stored = await h.store.db.selectFrom('applications').select('payload').where('id', '=', id).executeTakeFirstOrThrow();
      const payload = stored.payload as { subject: Record<string, unknown>; services: Array<Record<string, unknown>> };
      assert.deepEqual([payload.subject.province, payload.subject.city, payload.subject.district], ['440000', '440300', '440305']);
      assert.equal(payload.subject.mainPerson, undefined, 'the main person is not filled in yet');
      assert.deepEqual(payload.services.map((s) => [s.type, s.name]), [['app', undefined]], 'the service begun (an APP, no name yet) is kept as it is');

      const reopened = await applicantPage(language);
      await reopened.goto(`/apply/applications/${id}/edit`);
      for (const [path, name] of [['subject.city', w.city], ['subject.district', w.district]] as const) {
        await reopened.locator(`[data-field="${path}"] .ant-select`).filter({ hasText: name }).waitFor();
      }
      await reopened.context().close();
      await page.context().close();
    }
  });

  it('shows a pre-check error at its field as the applicant types, with the fix', async () => {
    const { id } = await draftWithoutFeatureInfo(32);
    const page = await applicantPage('en');
    await page.goto(`/apply/applications/${id}/edit`);
    await page.getByRole('button', { name: 'Main responsible person' }).click();
    const mobile = page.locator('[data-field="subject.mainPerson.mobile"]');
    await mobile.locator('input').fill('12345');
    const note = mobile.locator('.field-note-error');
    await note.waitFor();
    assert.match(await note.innerText(), /\S/);
    assert.ok(await mobile.locator('.field-fix').count(), 'the finding carries its fix');
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: new URL('apply-wizard-en.png', screenshots).pathname, fullPage: true });
    await page.setViewportSize({ width: 390, height: 860 });
    await page.locator('.console-menu-button').waitFor();
    await note.waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    assert.ok(overflow <= 0, `the wizard is ${overflow}px wider than a 390px screen`);
    await page.screenshot({ path: new URL('../../.tmp/screenshots/apply-wizard-en-390.png', import.meta.url).pathname, fullPage: true });
    await page.context().close();
  });

  // The same open race as the journey's: under load the first tab has saved the loaded address instead of the typed one.
  it('refuses a save from a tab that did not see the other tab’s save, and says so', async () => {
    const { id } = await draftWithoutFeatureInfo(33);
    const first = await applicantPage('zh-CN');
    const second = await applicantPage('zh-CN');
    for (const page of [first, second]) {
      await page.goto(`/apply/applications/${id}/edit`);
      await page.locator('[data-field="subject.address"] input').waitFor();
    }
    await first.locator('[data-field="subject.address"] input').fill('建设路 1 号 A 座');
    await first.getByRole('button', { name: '保存草稿' }).click();
    await first.getByText('已保存 · 第 2 版').waitFor();
    await second.locator('[data-field="subject.address"] input').fill('建设路 2 号 B 座');
    await second.getByRole('button', { name: '保存草稿' }).click();
    await second.getByTestId('version-conflict').waitFor();
    const stored = await h.store.db.selectFrom('applications').select(['payload', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal((stored.payload as { subject: { address: string } }).subject.address, '建设路 1 号 A 座');
    assert.equal(stored.version, 2);
    await second.getByRole('button', { name: '载入最新版本' }).click();
    await second.getByText('已保存 · 第 2 版').waitFor();
    assert.equal(await second.locator('[data-field="subject.address"] input').inputValue(), '建设路 1 号 A 座');
    await first.context().close();
    await second.context().close();
  });
});
