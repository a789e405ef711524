// Data validation on the Deals columns: dropdowns from Settings, number ranges, dates, emails.
import type { Lang } from '../core/i18n';
import { say } from '../core/i18n';
import { DEAL_COLUMNS, type HeaderMatch, SETTINGS_COLUMNS } from '../core/schema';
import { STATUS_LABELS, type Status } from '../core/stages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'newDataValidation'>;

/** Column kinds that get a validation rule (IDs and free text do not). */
const VALIDATED_KINDS = new Set(['stage', 'status', 'amount', 'probability', 'date', 'email']);

/**
 * Sets validation on every recognised Deals column over data rows 2..reach (one call per column).
 * Stage is a dropdown over the Settings stage labels (rows 2..reach.settings) in the workbook's
 * language, a range rule so
 * renaming or adding stages in Settings flows through; labels in the other language stay allowed
 * (with a warning mark) because the add-on accepts either. Status offers Open/Won/Lost in the
 * workbook's language. Amount ≥ 0, Probability 0–100%, dates and the owner's email reject bad input.
 */
export function applyDealValidation(
  app: App,
  deals: Sheet,
  settings: Sheet,
  header: HeaderMatch,
  lang: Lang,
  reach: { deals: number; settings: number },
): void {
  const rows = reach.deals - 1;
  if (rows < 1) return;
  const stageLabels = settings.getRange(
    2,
    SETTINGS_COLUMNS[lang === 'ko' ? 'stageKo' : 'stageEn'] + 1,
    reach.settings - 1,
    1,
  );
  for (const spec of DEAL_COLUMNS) {
    const col = header.columns[spec.key];
    if (col === undefined) continue;
    if (!VALIDATED_KINDS.has(spec.kind)) continue;
    const b = app.newDataValidation();
    switch (spec.kind) {
      case 'stage':
        b.requireValueInRange(stageLabels, true)
          .setAllowInvalid(true)
          .setHelpText(say(lang, 'validationStage'));
        break;
      case 'status':
        b.requireValueInList(
          (['open', 'won', 'lost'] as Status[]).map((s) => STATUS_LABELS[s][lang]),
          true,
        )
          .setAllowInvalid(true)
          .setHelpText(say(lang, 'validationStatus'));
        break;
      case 'amount':
        b.requireNumberGreaterThanOrEqualTo(0)
          .setAllowInvalid(false)
          .setHelpText(say(lang, 'validationAmount'));
        break;
      case 'probability':
        b.requireNumberBetween(0, 1)
          .setAllowInvalid(false)
          .setHelpText(say(lang, 'validationProbability'));
        break;
      case 'date':
        b.requireDate().setAllowInvalid(false).setHelpText(say(lang, 'validationDate'));
        break;
      case 'email':
        b.requireTextIsEmail().setAllowInvalid(false).setHelpText(say(lang, 'validationEmail'));
        break;
      default:
        continue;
    }
    deals.getRange(2, col + 1, rows, 1).setDataValidation(b.build());
  }
}
