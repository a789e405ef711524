// HtmlService: HtmlOutput setters and escaping, templates with printing and code scriptlets.

import { createHtmlService, htmlOutputState } from '../../../emulator/services/html';
import { makeEnv } from './service-env';

describe('HtmlService', () => {
  test('HtmlOutput content, untrusted text escaped, title and size', () => {
    const HtmlService = createHtmlService(makeEnv());
    const out = HtmlService.createHtmlOutput('<p>Hi</p>')
      .append('<b>x</b>')
      .appendUntrusted('<script>alert("1")</script>')
      .setTitle('Pipeline')
      .setWidth(400)
      .setHeight(300)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME);
    expect(out.getContent()).toBe(
      '<p>Hi</p><b>x</b>&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;',
    );
    expect(out.getTitle()).toBe('Pipeline');
    expect(out.getWidth()).toBe(400);
    expect(out.getHeight()).toBe(300);
    expect(out.setContent('new').getContent()).toBe('new');
    expect(htmlOutputState(out)).toMatchObject({ title: 'Pipeline', width: 400, content: 'new' });
    expect(HtmlService.createHtmlOutput().getContent()).toBe('');
  });

  test('templates: <?= ?> escapes, <?!= ?> does not, <? ?> runs code with template properties', () => {
    const HtmlService = createHtmlService(makeEnv());
    const t = HtmlService.createTemplate(
      '<h1><?= title ?></h1><?!= raw ?><ul><? for (const d of deals) { ?><li><?= d ?></li><? } ?></ul>',
    ) as any;
    t.title = 'Deals & <stages>';
    t.raw = '<hr>';
    t.deals = ['A', '<B>'];
    const html = t.evaluate().getContent();
    expect(html).toBe(
      '<h1>Deals &amp; &lt;stages&gt;</h1><hr><ul><li>A</li><li>&lt;B&gt;</li></ul>',
    );
    expect(t.getRawContent()).toContain('<?= title ?>');
  });

  test('templates can append through output; missing properties are reference errors', () => {
    const HtmlService = createHtmlService(makeEnv());
    const t = HtmlService.createTemplate('<? output.append("a"); output.appendUntrusted("<b>") ?>');
    expect(t.evaluate().getContent()).toBe('a&lt;b&gt;');
    expect(() => HtmlService.createTemplate('<?= nope ?>').evaluate()).toThrow(/nope/);
    expect(() => HtmlService.createTemplate('<?= 1 ').evaluate()).toThrow('Unterminated scriptlet');
  });

  test('files: known ones load, unknown ones fail with Apps Script text', () => {
    const HtmlService = createHtmlService(makeEnv(), { Sidebar: '<p><?= who ?></p>' });
    const t = HtmlService.createTemplateFromFile('Sidebar') as any;
    t.who = 'Kim';
    expect(t.evaluate().getContent()).toBe('<p>Kim</p>');
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe(
      '<p><?= who ?></p>',
    );
    expect(() => HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
  });

  test("scriptlets reach the script's globals, shadowed by template properties", () => {
    const scriptGlobals = { include: (name: string) => `<style>${name}</style>`, who: 'global' };
    const HtmlService = createHtmlService(makeEnv(), {}, () => scriptGlobals);
    const t = HtmlService.createTemplate("<?!= include('css') ?><?= who ?>") as any;
    expect(t.evaluate().getContent()).toBe('<style>css</style>global');
    t.who = 'template';
    expect(t.evaluate().getContent()).toBe('<style>css</style>template');
  });

  test('metered; gaps named', () => {
    const env = makeEnv();
    const HtmlService = createHtmlService(env);
    HtmlService.createHtmlOutput('x').getContent();
    expect(env.meter.byMethod.get('HtmlService.createHtmlOutput')).toBe(1);
    expect(env.meter.byMethod.get('HtmlOutput.getContent')).toBe(1);
    expect(() => (HtmlService.createHtmlOutput('x') as any).getBlob()).toThrow(
      'Emulator: HtmlOutput.getBlob is not implemented',
    );
    expect(() => (HtmlService as any).getUserAgent()).toThrow(
      'Emulator: HtmlService.getUserAgent is not implemented',
    );
  });
});
