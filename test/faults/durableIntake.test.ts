import { ALICE } from '../support/fixtures';
import { eventually } from '../support/eventually';
import { type FaultRig, startFaultRig } from './faultProcess';

/**
 * An acknowledged command is kept in the database before its ack: killed right after the ack
 * (its work held on a Slack call) or right after its write (its answer held), the restarted
 * process saves it exactly once and tells its author.
 */
jest.setTimeout(60_000);
let rig: FaultRig;

beforeEach(async () => {
  rig = await startFaultRig();
});

afterEach(async () => {
  await rig.close();
});

const leads = (company: string) => rig.database.prisma.lead.count({ where: { company } });

describe('durable command intake', () => {
  it('runs a command killed after its ack once the process is back, and answers it', async () => {
    const held = rig.fake.holdNext('users.info');
    const sent = await rig.slack.sendCommand({ command: '/lead', text: 'Acme Corp source:seo' });
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    await held.arrived;
    await rig.kill();
    expect(await leads('Acme Corp')).toBe(0);

    await rig.restart();
    const answer = await rig.fake.waitFor(
      'response_url',
      (call) => call.url === sent.sent.response_url,
      15_000,
    );
    expect(answer.allText()).toContain('Added `L-1` *Acme Corp*');
    expect(await leads('Acme Corp')).toBe(1);
    const answered = await eventually(async () => {
      const rows = await rig.database.prisma.commandInbox.findMany();
      return rows.every((row) => row.answeredAt !== null) ? rows : undefined;
    });
    expect(answered).toEqual([expect.objectContaining({ userId: ALICE, outcome: 'saved' })]);
  });

  it('tells the author of a command saved just before the kill that it was saved, and saves it once', async () => {
    const held = rig.fake.holdNext('response_url');
    const sent = await rig.slack.sendCommand({ command: '/lead', text: 'Globex source:seo' });
    await held.arrived;
    expect(await leads('Globex')).toBe(1);
    await rig.kill();
    held.release();

    await rig.restart();
    const answer = await rig.fake.waitFor(
      'response_url',
      (call) => call.url === sent.sent.response_url && call.allText().includes('was saved'),
      15_000,
    );
    expect(answer.allText()).toContain('Your `/lead` was saved.');
    expect(answer.allText()).toContain('```/lead Globex source:seo```');
    expect(await leads('Globex')).toBe(1);
  });
});
