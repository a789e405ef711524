// A sheet under one of the add-on's names is taken as the add-on's own only when its first rows say so.
import { isOurSheet } from '../../../src/core/import/our-sheets';

/** A Settings header row: the stages header in A and the options' key header in H. */
const settingsHeader = (stage: string, key: string) => [
  stage,
  'Stage (Korean)',
  'Win probability',
  'Stall after (days)',
  '',
  'Option',
  'Value',
  key,
];

describe('isOurSheet', () => {
  it('takes a blank sheet as ours whatever its name, since nothing of the user is there', () => {
    for (const key of ['settings', 'history', 'alerts', 'dashboard'] as const) {
      expect(isOurSheet(key, [])).toBe(true);
      expect(isOurSheet(key, [['', null, undefined], []])).toBe(true);
    }
  });

  it('takes Settings as ours with our stages header and key header, in either language', () => {
    expect(isOurSheet('settings', [settingsHeader('Stage', 'Key')])).toBe(true);
    expect(isOurSheet('settings', [settingsHeader('단계 (영문)', '키')])).toBe(true);
    expect(isOurSheet('settings', [settingsHeader('Stage', '키')])).toBe(true);
    expect(isOurSheet('settings', [settingsHeader('단계 (영문)', 'Key')])).toBe(true);
  });

  it("leaves a user's Settings sheet alone when either header is not ours", () => {
    expect(isOurSheet('settings', [settingsHeader('Stage', 'Notes')])).toBe(false);
    expect(isOurSheet('settings', [settingsHeader('Name', 'Key')])).toBe(false);
    expect(isOurSheet('settings', [['Theme', 'Dark']])).toBe(false);
    // Our headers on the second row are not a Settings header.
    expect(isOurSheet('settings', [['My settings'], settingsHeader('Stage', 'Key')])).toBe(false);
  });

  it('takes History as ours when it names at least half of our eight columns', () => {
    const four = ['Deal ID', '이전 단계', 'To stage', 'Status'];
    expect(isOurSheet('history', [four])).toBe(true);
    expect(isOurSheet('history', [four.slice(0, 3)])).toBe(false);
    expect(isOurSheet('history', [['Date', 'What happened']])).toBe(false);
  });

  it('takes Alerts as ours when it names at least three of our five columns', () => {
    expect(isOurSheet('alerts', [['When', '담당자', 'Deal IDs']])).toBe(true);
    expect(isOurSheet('alerts', [['When', 'Owner']])).toBe(false);
  });

  it('takes the Dashboard as ours by its title in either language', () => {
    expect(isOurSheet('dashboard', [['Pipeline dashboard']])).toBe(true);
    expect(isOurSheet('dashboard', [['파이프라인 대시보드']])).toBe(true);
    expect(isOurSheet('dashboard', [['My charts']])).toBe(false);
    expect(isOurSheet('dashboard', [[null, 'Pipeline dashboard']])).toBe(false);
    expect(isOurSheet('dashboard', [[], ['Pipeline dashboard']])).toBe(false);
  });

  it('takes the sheets whose content it does not inspect as ours', () => {
    expect(isOurSheet('deals', [['Deal', 'Stage']])).toBe(true);
  });
});
