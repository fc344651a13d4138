import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { createFlowHarness, type FlowHarness } from '../../../test/support/flow-harness.js';
import { deliverAll } from '../../../test/support/deliver.js';
import { driveToApproval } from '../../../test/support/drive.js';
import { sampleFirstFiling } from '../../store/seed/sample-filing.js';
import { devInboxGateways } from './dev-inbox-gateways.js';
import { smtpEmailGateway } from './smtp-email-gateway.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** The text of a single-part message as received: headers dropped, the transfer encoding undone. */
function bodyText(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

describe('e-mail notices over SMTP (Nodemailer against an SMTP server on 127.0.0.1)', () => {
  let h: FlowHarness;
  let server: SMTPServer;
  let port: number;
  const received: Received[] = [];
  before(async () => {
    h = await createFlowHarness();
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await h.close();
  });

  it('mails the approval with its numbers to the applicant and to the channel', async () => {
    const body = sampleFirstFiling({ n: 701, channelId: h.parties.providers[0] });
    const result = await driveToApproval(h, body);
    const smtp = smtpEmailGateway({ url: `smtp://127.0.0.1:${port}`, from: 'APP备案 <beian@registry.example>', timeoutMs: 5000 });
    try {
      await deliverAll(h, { email: smtp, sms: devInboxGateways(h.store.db, h.deps.now).sms });
    } finally {
      smtp.close();
    }
    const approvals = received.filter((m) => /已通过/.test(bodyText(m.raw)));
    assert.deepEqual(approvals.map((m) => m.to).sort(), [[body.subject!.mainPerson.email], ['beian@cloud.example']].sort());
    for (const message of approvals) {
      assert.equal(message.from, 'beian@registry.example');
      const text = bodyText(message.raw);
      assert.ok(text.includes(result.subjectNumber!), text);
      assert.ok(text.includes(result.serviceNumbers[0]!), text);
      assert.ok(text.includes(result.applicationId), text);
      assert.ok(!text.includes(body.subject!.mainPerson.certificate.number), 'no certificate number in a notice');
    }
    const rows = await h.store.db.selectFrom('outbox').select(['delivered_at', 'last_error']).where('topic', '=', 'email').execute();
    assert.ok(rows.length >= 2 && rows.every((r) => r.delivered_at !== null && r.last_error === null));
  });

  it('keeps the message for a retry when the SMTP server refuses it', async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) => callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 })),
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const smtp = smtpEmailGateway({ url: `smtp://127.0.0.1:${(refusing.server.address() as AddressInfo).port}`, from: 'beian@registry.example', timeoutMs: 5000 });
    try {
      await h.deps.db.transaction().execute((trx) => h.deps.notifier.email(trx, { to: 'nobody@refused.example', subject: 's', text: 't' }, h.clock.now));
      await deliverAll(h, { email: smtp });
    } finally {
      smtp.close();
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
    const row = await h.store.db.selectFrom('outbox').selectAll().where('recipient', '=', 'nobody@refused.example').executeTakeFirstOrThrow();
    assert.equal(row.delivered_at, null);
    assert.match(row.last_error ?? '', /550|mailbox unavailable/);
    assert.ok(row.available_at.getTime() > h.clock.now.getTime());
  });
});
