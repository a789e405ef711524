// A small Apps Script file for emulator tests: custom functions that spill, write, mail, and inspect arguments.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SOURCE = `
/**
 * Returns a block of rows that spills.
 * @param {number} n Rows.
 * @return {number[][]} n rows of [i, i*i].
 * @customfunction
 */
function SQUARES(n) {
  var out = [];
  for (var i = 1; i <= n; i++) out.push([i, i * i]);
  return out;
}

/**
 * Describes its argument as Sheets passed it.
 * @param {*} x Anything.
 * @return {string} The types seen, in this realm.
 * @customfunction
 */
function DESCRIBE(x) {
  if (Array.isArray(x)) {
    return (x instanceof Array ? 'array ' : 'foreign-array ') + x.map(function (row) {
      return row.map(function (v) {
        return v instanceof Date ? 'date:' + v.toISOString() : typeof v + ':' + String(v);
      }).join(',');
    }).join(';');
  }
  return x instanceof Date ? 'date:' + x.toISOString() : typeof x + ':' + String(x);
}

/**
 * Tries to write a cell.
 * @return {string} never returns.
 * @customfunction
 */
function WRITEBACK() {
  SpreadsheetApp.getActive().getSheetByName('Data').getRange('Z1').setValue(1);
  return 'wrote';
}

/**
 * Tries to send mail.
 * @return {string} never returns.
 * @customfunction
 */
function MAILER() {
  MailApp.sendEmail('a@b.co', 's', 'b');
  return 'sent';
}

/**
 * Reads cells one by one.
 * @param {number} n Rows.
 * @return {number} Their sum.
 * @customfunction
 */
function SLOWSUM(n) {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Data');
  var total = 0;
  for (var i = 1; i <= n; i++) total += Number(sheet.getRange(i, 1).getValue()) || 0;
  return total;
}

/**
 * Tries to install a trigger.
 * @return {string} never returns.
 * @customfunction
 */
function TRIGGERER() {
  ScriptApp.newTrigger('daily').timeBased().everyHours(1).create();
  return 'installed';
}

/**
 * Tries to show an alert.
 * @return {string} never returns.
 * @customfunction
 */
function ALERTER() {
  SpreadsheetApp.getUi().alert('hi');
  return 'shown';
}

/**
 * Who runs this cell.
 * @return {string} The active user's email as the function sees it.
 * @customfunction
 */
function WHOAMI() {
  return 'user:' + Session.getActiveUser().getEmail();
}

function onOpen(e) {
  SpreadsheetApp.getUi().createMenu('Tools').addItem('Run report', 'report').addSeparator()
    .addSubMenu(SpreadsheetApp.getUi().createMenu('More').addItem('Mail', 'mailSomeone')).addToUi();
}

function openReadingSettings(e) {
  SpreadsheetApp.getUi().createMenu('Tools').addItem('Run report', 'report').addToUi();
  if (e.authMode === ScriptApp.AuthMode.NONE) return 'menu only';
  var lang = PropertiesService.getDocumentProperties().getProperty('lang');
  return SpreadsheetApp.getActive().getName() + ':' + lang;
}

function openIgnoringAuthMode(e) {
  SpreadsheetApp.getUi().createMenu('Tools').addItem('Run report', 'report').addToUi();
  var what = e.what;
  if (what === 'sheet') return SpreadsheetApp.getActive().getName();
  if (what === 'mail') return MailApp.getRemainingDailyQuota();
  return PropertiesService.getDocumentProperties().getProperty('lang');
}

function onEdit(e) {
  PropertiesService.getScriptProperties().setProperty('lastEdit', JSON.stringify({
    a1: e.range.getA1Notation(), value: e.value, oldValue: e.oldValue, authMode: String(e.authMode),
    hasUid: 'triggerUid' in e, user: e.user.getEmail()
  }));
  var log = e.source.getSheetByName('Log');
  if (log) log.getRange('A1').setValue('seen ' + e.range.getA1Notation());
}

function onEditInstalled(e) {
  PropertiesService.getScriptProperties().setProperty('installed', JSON.stringify({
    a1: e.range.getA1Notation(), value: e.value, uid: e.triggerUid, authMode: String(e.authMode)
  }));
}

function installEditTrigger() {
  ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
}

function installDaily() {
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).nearMinute(0).create();
}

function daily() {
  SpreadsheetApp.getActive().toast('daily ran');
  SpreadsheetApp.getUi();
}

function mailSomeone() {
  MailApp.sendEmail('a@b.co', 'hello', 'body');
}

function report() {
  SpreadsheetApp.getUi().alert('Report', 'Done', SpreadsheetApp.getUi().ButtonSet.OK);
  SpreadsheetApp.getActive().toast('Report ready', 'Pipeline', 5);
}

function perCell(n) {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Data');
  var sum = 0;
  for (var i = 1; i <= n; i++) sum += sheet.getRange(i, 1).getValue();
  return sum;
}

function batched(n) {
  var rows = SpreadsheetApp.getActive().getSheetByName('Data').getRange(1, 1, n, 1).getValues();
  var sum = 0;
  for (var i = 0; i < rows.length; i++) sum += rows[i][0];
  return sum;
}

function sleepy(ms) {
  while (ms > 0) {
    var step = Math.min(ms, 300000);
    Utilities.sleep(step);
    ms -= step;
  }
  SpreadsheetApp.getActive().getSheets();
  return 'woke';
}

function writeRows() {
  SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1:B2').setValues([[1, 'a'], ['=A1*2', true]]);
  return SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1:B2').getValues();
}

function writeDate() {
  SpreadsheetApp.getActive().getSheetByName('Data').getRange('C1').setValue(new Date(Date.UTC(2026, 2, 1, 15, 0, 0)));
}

/**
 * The day after a date.
 * @param {Date} d A date.
 * @return {Date} The next day.
 * @customfunction
 */
function LATER(d) {
  return new Date(d.getTime() + 86400000);
}

function stubborn() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Data');
  var steps = 0;
  try {
    for (var i = 1; i <= 10; i++) {
      sheet.getRange('A' + i).setValue(i);
      steps = i;
      Utilities.sleep(60000);
    }
  } catch (e) {
    sheet.getRange('B1').setValue('caught: ' + e.message);
  } finally {
    sheet.getRange('B2').setValue('finally after ' + steps);
  }
  return 'carried on';
}

function busy(n) {
  var x = 0;
  for (var i = 0; i < n; i++) x += Math.sqrt(i);
  SpreadsheetApp.getActive().getSheetByName('Data').getRange('C1').setValue(x > 0 ? 'done' : 'none');
  return 'done';
}
`;

/** Writes the fixture bundle to a temporary folder and returns its path. */
export function fixtureBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'emu-fixture-'));
  const file = join(dir, 'Code.js');
  writeFileSync(file, SOURCE);
  return file;
}
