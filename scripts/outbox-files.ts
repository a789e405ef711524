// Writes the emails a run would send: one RFC 822 .eml file each, and an index.html previewing them all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { escapeHtml } from '../src/core/html';

export interface OutboxEmail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  at: Date;
}

/** Builds one RFC 822 message (multipart/alternative: plain text and HTML) for an email. */
export function toEml(mail: OutboxEmail, sender: string, index: number): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.name ? { name: mail.name, address: sender } : sender,
    to: mail.to,
    cc: mail.cc || undefined,
    bcc: mail.bcc || undefined,
    replyTo: mail.replyTo || undefined,
    subject: mail.subject,
    text: mail.body,
    html: mail.htmlBody || undefined,
    date: mail.at,
    messageId: `<pipeline-sheet-${mail.at.getTime()}-${index}@localhost>`,
    textEncoding: 'quoted-printable',
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((err, message) => (err ? reject(err) : resolve(message)));
  });
}

/** A file name for the n-th email: 01-owner_at_example.com.eml */
export function emlName(mail: OutboxEmail, index: number): string {
  const who = mail.to
    .split(',')[0]
    .trim()
    .replace('@', '_at_')
    .replace(/[^\w.-]/g, '_');
  return `${String(index + 1).padStart(2, '0')}-${who}.eml`;
}

/** Writes outbox/*.eml and outbox/index.html into `dir` (which must exist); returns the file names. */
export async function writeOutbox(
  dir: string,
  mails: readonly OutboxEmail[],
  sender: string,
): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < mails.length; i++) {
    const name = emlName(mails[i], i);
    writeFileSync(join(dir, name), await toEml(mails[i], sender, i));
    names.push(name);
  }
  const items = mails
    .map((m, i) => {
      const cc = m.cc ? `<div><b>Cc</b> ${escapeHtml(m.cc)}</div>` : '';
      // Each email's HTML is shown in a sandboxed frame so its styles and content stay contained.
      const frame = m.htmlBody
        ? `<iframe sandbox="" srcdoc="${escapeHtml(m.htmlBody)}"></iframe>`
        : `<pre>${escapeHtml(m.body)}</pre>`;
      return `<section><h2>${escapeHtml(m.subject)}</h2><div><b>To</b> ${escapeHtml(m.to)}</div>${cc}<div><a href="${escapeHtml(names[i])}">${escapeHtml(names[i])}</a></div>${frame}</section>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>Outbox · 발송 예정 메일 (${mails.length})</title>
<style>body{font-family:system-ui,'Apple SD Gothic Neo','Malgun Gothic',sans-serif;max-width:960px;margin:2em auto;padding:0 1em}
section{border:1px solid #ddd;border-radius:8px;padding:1em;margin:1em 0}h2{font-size:1.1em;margin:0 0 .5em}
iframe{width:100%;height:420px;border:1px solid #eee;margin-top:.5em}</style></head>
<body><h1>Outbox · 발송 예정 메일: ${mails.length}</h1>
${mails.length ? items : '<p>No emails would be sent. · 보낼 메일이 없습니다.</p>'}
</body></html>
`;
  writeFileSync(join(dir, 'index.html'), html);
  return names;
}
