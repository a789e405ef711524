// The deal card sidebar in headless Chromium: the HTML the add-on showed, every action clicked, the sheet checked after.
import type { Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { openSidebarTab, type SidebarTab, settled } from './browser';
import { cardWorkbook } from './deal-card-fixture';

let tab: SidebarTab;
beforeAll(async () => {
  tab = await openSidebarTab();
});
afterAll(async () => {
  await tab?.close();
});
afterEach(() => {
  // Every page: it fetched nothing and no script failed in it.
  expect(tab.outside).toEqual([]);
  expect(tab.errors).toEqual([]);
});

/** The workbook, with `a1` selected on the Deals sheet, and the sidebar the menu opened for it. */
async function sidebarFor(
  a1: string,
  options: Parameters<typeof cardWorkbook>[0] = {},
): Promise<{ emu: Emulator; page: Page }> {
  const emu = await cardWorkbook(options);
  const deals = emu.sheetNames().find((n) => n === '딜' || n === 'Deals') ?? '딜';
  emu.select(deals, a1);
  emu.run('menuDealCard');
  const sidebar = emu.dialogs.at(-1);
  if (sidebar?.kind !== 'sidebar') throw new Error('the menu showed no sidebar');
  return { emu, page: await tab.show(emu, sidebar.html) };
}

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).textContent()) ?? '';
/** The id of the element that has the keyboard focus. */
const focused = (page: Page) => page.evaluate('document.activeElement.id');
const field = (page: Page, name: string) => text(page, `[data-field="${name}"]`);

/** Clicks and waits for the server's answer. */
async function click(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await settled(page);
}

describe('deal card sidebar in a browser', () => {
  it('shows the selected deal: facts, stage path from History, stall standing and same-company deals', async () => {
    const { page } = await sidebarFor('C2');
    expect(await text(page, '#deal-title')).toBe('ERP 구축');
    expect(await field(page, 'subtitle')).toBe('(주)에이스 · D-0001 · 2행');
    expect(await field(page, 'owner')).toBe('kim@acme.co.kr');
    expect(await field(page, 'amount')).toBe('₩12,000,000');
    expect(await field(page, 'stage')).toBe('제안 및 견적 진행');
    expect(await field(page, 'days')).toBe('20일 / 기준 10일 에스컬레이션');
    expect(await field(page, 'probability')).toBe('40% (단계 기본값)');
    expect(await field(page, 'expected-close')).toBe('2026-04-30');
    expect(await page.locator('[data-field="path"] li').allTextContents()).toEqual([
      '잠재 고객 발굴 · 2026-01-05부터 · 15일',
      '고객 자격 평가 · 2026-01-20부터 · 21일',
      '제안 및 견적 · 2026-02-10부터 · 20일',
    ]);
    expect(await page.locator('[data-field="duplicates"] li').allTextContents()).toEqual([
      'erp 구축 D-0002 · 3행 · 고객 자격 평가 · 진행 딜 이름 같음',
      'CRM D-0004 · 5행 · 계약 성사 · 성사',
    ]);
    expect(await page.inputValue('#next-step')).toBe('데모 일정 잡기');
  });

  it('saves the next step; text that looks like a formula stays text', async () => {
    const { emu, page } = await sidebarFor('A2');
    await page.fill('#next-step', '=IMPORTXML("http://x", "//a")');
    await click(page, 'form[data-action="nextStep"] button[type="submit"]');
    expect(await text(page, '#notice')).toBe('다음 할 일을 저장했습니다.');
    expect(emu.getValues('딜', 'N2')).toEqual([['=IMPORTXML("http://x", "//a")']]);
    expect(emu.getFormulas('딜', 'N2')).toEqual([['']]);
    expect(await page.inputValue('#next-step')).toBe('=IMPORTXML("http://x", "//a")');
  });

  it('snoozes for 7 days, and refuses a date in the past with a message, writing nothing', async () => {
    const { emu, page } = await sidebarFor('B2');
    await click(page, 'button[data-action="snooze"][data-days="7"]');
    expect(await text(page, '#notice')).toBe('2026-03-09까지 알림을 보류합니다.');
    expect(emu.getDisplayValues('딜', 'O2')).toEqual([['2026-03-09']]);
    expect(await field(page, 'snooze-until')).toBe('2026-03-09');
    expect(await field(page, 'days')).toBe('20일 / 기준 10일'); // snoozed: not flagged

    const writes = emu.calls.counts.write;
    await page.fill('#snooze-date', '2026-02-28');
    await click(page, 'form[data-action="snoozeUntil"] button[type="submit"]');
    expect(await text(page, '#error')).toBe(
      '보류 기한 2026-02-28이(가) 오늘(2026-03-02) 이후가 아닙니다. 더 늦은 날짜를 고르세요. 아무것도 쓰지 않았습니다.',
    );
    expect(await focused(page)).toBe('error');
    expect(emu.calls.counts.write).toBe(writes);
    expect(emu.getDisplayValues('딜', 'O2')).toEqual([['2026-03-09']]);

    await page.fill('#snooze-date', '2026-04-01');
    await click(page, 'form[data-action="snoozeUntil"] button[type="submit"]');
    expect(await text(page, '#error')).toBe('');
    expect(emu.getDisplayValues('딜', 'O2')).toEqual([['2026-04-01']]);
  });

  it('marks Won with the keyboard and records History as an edit would', async () => {
    const { emu, page } = await sidebarFor('E3');
    await page.focus('button[data-action="won"]');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await text(page, '#notice')).toBe('성사로 표시했습니다.');
    expect(emu.getValues('딜', 'F3')).toEqual([['성사']]);
    const history = emu.getValues('이력');
    expect(history.at(-1)?.slice(0, 4)).toEqual([
      'D-0002',
      '고객 자격 평가',
      '고객 자격 평가',
      '성사',
    ]);
    expect(history.at(-1)?.slice(6)).toEqual(['lead@acme.co.kr', 'edit']);
    expect(await page.locator('button[data-action="won"]').count()).toBe(0);
    expect(await focused(page)).toBe('deal-title');
  });

  it('Lost asks for a reason: none is refused, then the reason and status are written', async () => {
    const { emu, page } = await sidebarFor('B2');
    await page.click('button[data-show="lost-form"]');
    expect(await focused(page)).toBe('lost-reason');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await text(page, '#error')).toBe(
      '실패로 표시하기 전에 실패 사유를 입력하세요. 아무것도 쓰지 않았습니다.',
    );
    expect(emu.getValues('딜', 'F2')).toEqual([['진행']]);

    await page.fill('#lost-reason', '-예산 삭감');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await text(page, '#notice')).toBe('실패로 표시했습니다.');
    expect(emu.getValues('딜', 'F2:P2')[0]).toEqual([
      '실패',
      12000000,
      '',
      expect.any(Date),
      expect.any(Date),
      expect.any(Date),
      new Date('2026-03-02T00:00:00+09:00'), // Closed on: the day it was marked Lost
      '',
      '데모 일정 잡기',
      '',
      '-예산 삭감',
    ]);
    expect(emu.getValues('이력').at(-1)?.slice(0, 4)).toEqual([
      'D-0001',
      '제안 및 견적',
      '제안 및 견적',
      '실패',
    ]);
    expect(await field(page, 'lost-reason')).toBe('-예산 삭감');
  });

  it('Escape closes the reason field without writing', async () => {
    const { emu, page } = await sidebarFor('B2');
    await page.click('button[data-show="lost-form"]');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#lost-form')).toBe(true);
    expect(await page.evaluate('document.activeElement.getAttribute("data-show")')).toBe(
      'lost-form',
    );
    expect(emu.getValues('딜', 'F2')).toEqual([['진행']]);
  });

  it('moves to a stage: Stage, Stage entered, default probability and History, path redrawn', async () => {
    const { emu, page } = await sidebarFor('B2');
    await page.selectOption('#move-stage', '협상');
    await click(page, 'form[data-action="stage"] button[type="submit"]');
    expect(await text(page, '#notice')).toBe('협상 단계로 옮겼습니다.');
    expect(emu.getValues('딜', 'E2:H2')).toEqual([['협상', '진행', 12000000, 0.6]]);
    expect(emu.getDisplayValues('딜', 'K2')[0][0]).toMatch(/^2026-03-02/);
    expect(emu.getValues('이력').at(-1)?.slice(0, 4)).toEqual([
      'D-0001',
      '제안 및 견적',
      '협상',
      '진행',
    ]);
    expect(await page.locator('[data-field="path"] li').allTextContents()).toEqual([
      '잠재 고객 발굴 · 2026-01-05부터 · 15일',
      '고객 자격 평가 · 2026-01-20부터 · 21일',
      '제안 및 견적 · 2026-02-10부터 · 20일',
      '협상 · 2026-03-02부터 · 0일',
    ]);
  });

  it('a stage removed from Settings since the card opened is refused with its message', async () => {
    const { emu, page } = await sidebarFor('B2');
    emu.setValues('설정', 'A5', [['Negotiation and terms', '협상 및 조건']]);
    const writes = emu.calls.counts.write;
    await page.selectOption('#move-stage', '협상');
    await click(page, 'form[data-action="stage"] button[type="submit"]');
    expect(await text(page, '#error')).toContain('단계 "협상"이(가) 설정에 없습니다');
    expect(emu.calls.counts.write).toBe(writes);
    expect(emu.getValues('딜', 'E2')).toEqual([['제안 및 견적']]);
  });

  it('"Show selected row" follows the selection, and a row that is no deal gets a message', async () => {
    const { emu, page } = await sidebarFor('A1');
    expect(await text(page, '#error')).toBe(
      '"딜" 시트의 1행은 딜이 아닙니다. 딜 시트에서 머리글 아래의 채워진 행을 선택하세요. 아무것도 쓰지 않았습니다.',
    );
    emu.select('딜', 'D3');
    await click(page, '#show-selected');
    expect(await text(page, '#deal-title')).toBe('erp 구축');
    emu.select('설정', 'B4');
    await click(page, '#show-selected');
    expect(await text(page, '#error')).toContain('"설정" 시트의 4행은 딜이 아닙니다');
    expect(await text(page, '#deal-title')).toBe('erp 구축');
  });

  it('shows sheet text as text, never as markup', async () => {
    const emu = await cardWorkbook();
    emu.setValues('딜', 'B3', [['<img src=x onerror="document.title=1"> & <b>굵게</b>']]);
    emu.select('딜', 'B3');
    emu.run('menuDealCard');
    const page = await tab.show(emu, String(emu.dialogs.at(-1)?.html));
    expect(await text(page, '#deal-title')).toBe(
      '<img src=x onerror="document.title=1"> & <b>굵게</b>',
    );
    expect(await page.locator('img, b').count()).toBe(0);
    expect(await page.title()).toBe('');
  });

  it('is English in an English spreadsheet', async () => {
    const { page } = await sidebarFor('B6', { locale: 'en_US' });
    expect(await text(page, 'th >> nth=3')).toBe('Days in stage');
    expect(await field(page, 'days')).toBe('3 of 14 days');
    await page.fill('#snooze-date', '2026-03-02');
    await click(page, 'form[data-action="snoozeUntil"] button[type="submit"]');
    expect(await text(page, '#error')).toBe(
      'Snooze date 2026-03-02 is not after today (2026-03-02): pick a later day. Nothing was written.',
    );
  });
});
