// The outbox a local run writes: readable RFC 822 messages and an index page that escapes what it shows.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { writeOutbox } from '../../scripts/outbox-files';

const mail = {
  to: 'minjun.kim@example.com',
  cc: 'boss@example.com',
  subject: '정체된 딜 2건 · ₩12,000,000',
  body: '안녕하세요. <script>alert(1)</script> 딜을 확인하세요.',
  htmlBody: '<p>안녕하세요 &lt;script&gt;</p>',
  name: 'Pipeline Sheet',
  at: new Date('2026-03-02T00:00:00Z'),
};

describe('writeOutbox', () => {
  it('writes one .eml per email that a mail program reads back as sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const names = await writeOutbox(dir, [mail], 'lead@example.com');
    expect(names).toEqual(['01-minjun.kim_at_example.com.eml']);
    const parsed = await simpleParser(readFileSync(join(dir, names[0])));
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.text?.trim()).toBe(mail.body);
    expect(parsed.html).toContain('안녕하세요 &lt;script&gt;');
    expect((parsed.to as { text: string }).text).toBe(mail.to);
    expect((parsed.cc as { text: string }).text).toBe(mail.cc);
    expect(parsed.from?.value[0]).toEqual({ name: 'Pipeline Sheet', address: 'lead@example.com' });
    expect(parsed.date?.toISOString()).toBe(mail.at.toISOString());
  });

  it('previews every email in index.html with their text escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    await writeOutbox(dir, [{ ...mail, htmlBody: undefined }], 'lead@example.com');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toContain('정체된 딜 2건');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('says so when there is nothing to send', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    await writeOutbox(dir, [], 'lead@example.com');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('No emails would be sent');
  });
});
