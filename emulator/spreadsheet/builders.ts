// Builders and value objects: data validation, conditional format rules, rich text, charts; and the enums.
import { strict } from '../runtime';
import type { GridRange } from './a1';
import type { ChartSpec, ConditionalRuleSpec, ValidationSpec } from './workbook';

/** An enum as Apps Script exposes it: members print as their names; unknown members throw. */
export function makeEnum(name: string, members: string[]): Record<string, string> {
  const obj: Record<string, string> = {};
  for (const m of members) obj[m] = m;
  return strict(name, Object.freeze(obj));
}

export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);

export const BandingTheme = makeEnum('BandingTheme', [
  'LIGHT_GREY',
  'CYAN',
  'GREEN',
  'YELLOW',
  'ORANGE',
  'BLUE',
  'TEAL',
  'GREY',
  'BROWN',
  'LIGHT_GREEN',
  'INDIGO',
  'PINK',
]);

export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET']);
export const ChartType = makeEnum('ChartType', [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);
export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS']);

/** A built data validation rule, readable back like Apps Script's DataValidation. */
export function makeDataValidation(
  spec: ValidationSpec,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const self = {
    getCriteriaType: () => spec.criteria,
    getCriteriaValues: () => spec.values.slice(),
    getAllowInvalid: () => spec.allowInvalid,
    getHelpText: () => spec.helpText,
    copy: () => makeDataValidationBuilder({ ...spec, values: spec.values.slice() }),
    /** Not Apps Script API: the stored spec (the emulator reads it). */
    __spec: spec,
  };
  return strict('DataValidation', self) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
}

export function specOfValidation(rule: unknown): ValidationSpec {
  const spec = (rule as { __spec?: ValidationSpec } | null)?.__spec;
  if (!spec)
    throw new Error('Invalid argument: rule (expected a DataValidation built with build())');
  return spec;
}

/** SpreadsheetApp.newDataValidation(). */
export function makeDataValidationBuilder(
  start?: ValidationSpec,
): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  const spec: ValidationSpec = start ?? {
    criteria: '',
    values: [],
    allowInvalid: true,
    helpText: null,
  };
  let b: any;
  const set = (criteria: string, values: unknown[]) => {
    spec.criteria = criteria;
    spec.values = values;
    return b;
  };
  const self = {
    requireValueInList: (values: unknown[], showDropdown = true) => {
      if (!Array.isArray(values)) throw new Error('Invalid argument: values');
      return set('VALUE_IN_LIST', [values.slice(), showDropdown]);
    },
    requireValueInRange: (range: unknown, showDropdown = true) =>
      set('VALUE_IN_RANGE', [range, showDropdown]),
    requireNumberBetween: (a: number, z: number) => set('NUMBER_BETWEEN', [a, z]),
    requireNumberNotBetween: (a: number, z: number) => set('NUMBER_NOT_BETWEEN', [a, z]),
    requireNumberEqualTo: (n: number) => set('NUMBER_EQUAL_TO', [n]),
    requireNumberNotEqualTo: (n: number) => set('NUMBER_NOT_EQUAL_TO', [n]),
    requireNumberGreaterThan: (n: number) => set('NUMBER_GREATER_THAN', [n]),
    requireNumberGreaterThanOrEqualTo: (n: number) => set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]),
    requireNumberLessThan: (n: number) => set('NUMBER_LESS_THAN', [n]),
    requireNumberLessThanOrEqualTo: (n: number) => set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]),
    requireDate: () => set('DATE_IS_VALID_DATE', []),
    requireDateAfter: (d: Date) => set('DATE_AFTER', [d]),
    requireDateBefore: (d: Date) => set('DATE_BEFORE', [d]),
    requireDateOnOrAfter: (d: Date) => set('DATE_ON_OR_AFTER', [d]),
    requireDateOnOrBefore: (d: Date) => set('DATE_ON_OR_BEFORE', [d]),
    requireDateBetween: (a: Date, z: Date) => set('DATE_BETWEEN', [a, z]),
    requireTextIsEmail: () => set('TEXT_IS_VALID_EMAIL', []),
    requireTextIsUrl: () => set('TEXT_IS_VALID_URL', []),
    requireTextContains: (t: string) => set('TEXT_CONTAINS', [t]),
    requireTextEqualTo: (t: string) => set('TEXT_EQUAL_TO', [t]),
    requireCheckbox: (...values: unknown[]) => set('CHECKBOX', values),
    requireFormulaSatisfied: (f: string) => set('CUSTOM_FORMULA', [f]),
    withCriteria: (criteria: string, values: unknown[]) => set(String(criteria), values.slice()),
    setAllowInvalid: (allow: boolean) => {
      spec.allowInvalid = !!allow;
      return b;
    },
    setHelpText: (text: string) => {
      spec.helpText = text;
      return b;
    },
    getCriteriaType: () => spec.criteria,
    getCriteriaValues: () => spec.values.slice(),
    getAllowInvalid: () => spec.allowInvalid,
    getHelpText: () => spec.helpText,
    copy: () => makeDataValidationBuilder({ ...spec, values: spec.values.slice() }),
    build: () => {
      if (!spec.criteria) throw new Error('Data validation rule has no criteria.');
      return makeDataValidation({ ...spec, values: spec.values.slice() });
    },
  };
  b = strict('DataValidationBuilder', self);
  return b;
}

/** A built conditional format rule. */
export function makeConditionalRule(
  spec: ConditionalRuleSpec,
  rangeOf: (r: { sheetId: number; grid: GridRange }) => unknown,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const condition = strict('BooleanCondition', {
    getCriteriaType: () => spec.criteria,
    getCriteriaValues: () => spec.values.slice(),
    getBackground: () => spec.format.background ?? null,
    getBackgroundObject: () => null,
    getFontColor: () => spec.format.fontColor ?? null,
    getBold: () => spec.format.bold ?? null,
    getItalic: () => spec.format.italic ?? null,
  });
  const self = {
    getRanges: () => spec.ranges.map(rangeOf),
    getBooleanCondition: () => condition,
    getGradientCondition: () => null,
    copy: () => makeConditionalRuleBuilder(rangeOf, structuredClone(spec)),
    __spec: spec,
  };
  return strict('ConditionalFormatRule', self) as any;
}

export function specOfRule(rule: unknown): ConditionalRuleSpec {
  const spec = (rule as { __spec?: ConditionalRuleSpec } | null)?.__spec;
  if (!spec) throw new Error('Invalid argument: rules (expected ConditionalFormatRule objects)');
  return spec;
}

/** SpreadsheetApp.newConditionalFormatRule(). */
export function makeConditionalRuleBuilder(
  rangeOf: (r: { sheetId: number; grid: GridRange }) => unknown,
  start?: ConditionalRuleSpec,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  const spec: ConditionalRuleSpec = start ?? { ranges: [], criteria: '', values: [], format: {} };
  let b: any;
  const when = (criteria: string, values: unknown[]) => () => {
    spec.criteria = criteria;
    spec.values = values;
    return b;
  };
  const self = {
    whenCellEmpty: () => when('CELL_EMPTY', [])(),
    whenCellNotEmpty: () => when('CELL_NOT_EMPTY', [])(),
    whenNumberGreaterThan: (n: number) => when('NUMBER_GREATER_THAN', [n])(),
    whenNumberGreaterThanOrEqualTo: (n: number) => when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n])(),
    whenNumberLessThan: (n: number) => when('NUMBER_LESS_THAN', [n])(),
    whenNumberLessThanOrEqualTo: (n: number) => when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n])(),
    whenNumberBetween: (a: number, z: number) => when('NUMBER_BETWEEN', [a, z])(),
    whenNumberEqualTo: (n: number) => when('NUMBER_EQUAL_TO', [n])(),
    whenTextContains: (t: string) => when('TEXT_CONTAINS', [t])(),
    whenTextDoesNotContain: (t: string) => when('TEXT_DOES_NOT_CONTAIN', [t])(),
    whenTextEqualTo: (t: string) => when('TEXT_EQUAL_TO', [t])(),
    whenTextStartsWith: (t: string) => when('TEXT_STARTS_WITH', [t])(),
    whenTextEndsWith: (t: string) => when('TEXT_ENDS_WITH', [t])(),
    whenFormulaSatisfied: (f: string) => when('CUSTOM_FORMULA', [f])(),
    whenDateBefore: (d: unknown) => when('DATE_BEFORE', [d])(),
    whenDateAfter: (d: unknown) => when('DATE_AFTER', [d])(),
    whenDateEqualTo: (d: unknown) => when('DATE_EQUAL_TO', [d])(),
    setBackground: (c: string | null) => {
      spec.format.background = c ?? undefined;
      return b;
    },
    setFontColor: (c: string | null) => {
      spec.format.fontColor = c ?? undefined;
      return b;
    },
    setBold: (v: boolean) => {
      spec.format.bold = v;
      return b;
    },
    setItalic: (v: boolean) => {
      spec.format.italic = v;
      return b;
    },
    setRanges: (ranges: unknown[]) => {
      spec.ranges = ranges.map((r) => gridOf(r));
      return b;
    },
    getRanges: () => spec.ranges.map(rangeOf),
    copy: () => makeConditionalRuleBuilder(rangeOf, structuredClone(spec)),
    build: () => {
      if (!spec.criteria) throw new Error('Conditional format rule has no condition.');
      if (!spec.ranges.length) throw new Error('Conditional format rule has no ranges.');
      return makeConditionalRule(structuredClone(spec), rangeOf);
    },
  };
  b = strict('ConditionalFormatRuleBuilder', self);
  return b;
}

/** Where a Range object points (Range objects carry it for builders). */
export function gridOf(range: unknown): { sheetId: number; grid: GridRange } {
  const loc = (range as { __location?: () => { sheetId: number; grid: GridRange } } | null)
    ?.__location;
  if (!loc) throw new Error('Invalid argument: range (expected a Range)');
  return loc();
}

/** SpreadsheetApp.newRichTextValue(): text and one link, enough to write hyperlinks. */
export function makeRichTextBuilder(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
  let text = '';
  let link: string | null = null;
  let b: any;
  const self = {
    setText: (t: string) => {
      text = String(t);
      return b;
    },
    setLinkUrl: (...args: unknown[]) => {
      link = (args.length >= 3 ? args[2] : args[0]) as string | null;
      return b;
    },
    setTextStyle: () => b,
    build: () => makeRichText(text, link),
  };
  b = strict('RichTextValueBuilder', self);
  return b;
}

export function makeRichText(text: string, link: string | null): any {
  return strict('RichTextValue', {
    getText: () => text,
    getLinkUrl: () => link,
    __rich: { text, link },
  });
}

/** An embedded chart as recorded: type, ranges, position, options. */
export function makeChart(
  spec: ChartSpec,
  rangeOf: (grid: GridRange) => unknown,
  modify: () => unknown,
): any {
  return strict('EmbeddedChart', {
    getChartId: () => spec.chartId,
    getId: () => String(spec.chartId),
    getRanges: () => spec.ranges.map(rangeOf),
    getOptions: () => strict('ChartOptions', { get: (k: string) => spec.options[k] ?? null }),
    getContainerInfo: () =>
      strict('ContainerInfo', {
        getAnchorRow: () => spec.position.row,
        getAnchorColumn: () => spec.position.col,
        getOffsetX: () => spec.position.offsetX,
        getOffsetY: () => spec.position.offsetY,
      }),
    modify,
    __chart: spec,
  });
}

/** sheet.newChart() / chart.modify(). */
export function makeChartBuilder(spec: ChartSpec, rangeOf: (grid: GridRange) => unknown): any {
  let b: any;
  const typed = (type: string) => () => {
    spec.type = type;
    return b;
  };
  const self = {
    setChartType: (t: string) => {
      spec.type = String(t);
      return b;
    },
    addRange: (range: unknown) => {
      spec.ranges.push(gridOf(range).grid);
      return b;
    },
    removeRange: (range: unknown) => {
      const g = gridOf(range).grid;
      spec.ranges = spec.ranges.filter((r) => JSON.stringify(r) !== JSON.stringify(g));
      return b;
    },
    clearRanges: () => {
      spec.ranges = [];
      return b;
    },
    setPosition: (row: number, col: number, offsetX: number, offsetY: number) => {
      spec.position = { row, col, offsetX, offsetY };
      return b;
    },
    setOption: (k: string, v: unknown) => {
      spec.options[k] = v;
      return b;
    },
    setNumHeaders: (n: number) => {
      spec.options.numHeaders = n;
      return b;
    },
    setTitle: (t: string) => {
      spec.options.title = t;
      return b;
    },
    asColumnChart: typed('COLUMN'),
    asBarChart: typed('BAR'),
    asLineChart: typed('LINE'),
    asPieChart: typed('PIE'),
    asAreaChart: typed('AREA'),
    asTableChart: typed('TABLE'),
    getChartType: () => spec.type,
    getRanges: () => spec.ranges.map(rangeOf),
    build: () => {
      if (!spec.type) throw new Error('Chart type is not set: call setChartType first.');
      return makeChart(structuredClone(spec), rangeOf, () =>
        makeChartBuilder(structuredClone(spec), rangeOf),
      );
    },
  };
  b = strict('EmbeddedChartBuilder', self);
  return b;
}
