// The emulator's non-spreadsheet Apps Script services, for the Emulator to wire into the script's globals.

export * from './cache';
export * from './html';
export * from './lock';
export * from './logger';
export * from './mail';
export * from './properties';
export * from './script-app';
export * from './session';
export * from './utilities';
