// The workbook schema: every managed sheet's name, fields, headers, synonyms, named ranges and layout.
// The one place that knows where things are; readers and writers ask it through findColumns/buildRow.
export * from './deals';
export * from './logs';
export * from './settings';
export * from './sheets';
export * from './table';
