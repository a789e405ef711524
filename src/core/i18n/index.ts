// Localized text: the languages, the workbook's language, the strings table and its lookup.
export * from './lang';
export * from './say';
export * from './strings';
