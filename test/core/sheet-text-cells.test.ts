// Text kept as text in each kind of cell, and HTML escaping of every special character.
import { escapeHtml } from '../../src/core/html';
import { toCellText, toSheetText } from '../../src/core/sheet-text';

describe('toCellText', () => {
  it('leaves every value alone in a plain-text (@) cell, where Sheets parses nothing', () => {
    expect(toCellText('=1+1', '@')).toBe('=1+1');
    expect(toCellText("'quoted", '@')).toBe("'quoted");
  });

  it.each(['#,##0', 'yyyy-mm-dd', '0%', ''])('guards text in a %p cell', (format) => {
    expect(toCellText('=1+1', format)).toBe("'=1+1");
    expect(toCellText('Acme', format)).toBe('Acme');
    expect(toCellText(5, format)).toBe(5);
  });
});

describe('toSheetText: month names and booleans', () => {
  it.each([
    ['Jan 5', true],
    ['february 2026', true],
    ['Apr. 3', true],
    ['May 1, 2026', true],
    ['JUN 30', true],
    ['jul 4', true],
    ['Aug 15', true],
    ['Sept 1', true],
    ['Oct 9', true],
    ['Nov 11', true],
    ['December 25', true],
    ['  Mar 1', true],
    ['March', false],
    ['May Kim', false],
    ['true', true],
    ['FALSE', true],
    ['true story', false],
    ['False start 2', false],
    ['(주)에이씨엠이', true],
    ['주식회사 1', false],
    ['a=1', false],
  ])('%p is guarded: %p', (text, guarded) => {
    expect(toSheetText(text)).toBe(guarded ? `'${text}` : text);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>"Kim" & \'Lee\'</b>', '&lt;b&gt;&quot;Kim&quot; &amp; &#39;Lee&#39;&lt;/b&gt;'],
    ['a<<b', 'a&lt;&lt;b'],
    ['plain 텍스트', 'plain 텍스트'],
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [false, 'false'],
  ])('%p → %p', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });
});
