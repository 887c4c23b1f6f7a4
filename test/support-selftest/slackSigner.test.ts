import { verifySlackRequest } from '@slack/bolt';
import { SIGNING_SECRET } from '../support/fixtures';
import { computeSlackSignature, signSlackRequest } from '../support/slackSigner';

describe('slackSigner agrees with Bolt', () => {
  const body = 'token=x&command=%2Flead&text=hello+world';
  const verify = (headers: { 'x-slack-signature': string; 'x-slack-request-timestamp': string }) =>
    verifySlackRequest({
      signingSecret: SIGNING_SECRET,
      body,
      headers: {
        'x-slack-signature': headers['x-slack-signature'],
        'x-slack-request-timestamp': Number(headers['x-slack-request-timestamp']),
      },
    });

  it('produces signatures Bolt accepts', () => {
    expect(() => verify(signSlackRequest(body, { signingSecret: SIGNING_SECRET }))).not.toThrow();
  });

  it('produces stale requests Bolt rejects', () => {
    expect(() => verify(signSlackRequest(body, { signingSecret: SIGNING_SECRET, stale: true }))).toThrow(
      /stale/,
    );
  });

  it('produces forged requests Bolt rejects', () => {
    expect(() =>
      verify(signSlackRequest(body, { signingSecret: SIGNING_SECRET, wrongSecret: true })),
    ).toThrow(/signature mismatch/);
  });

  it("reproduces the worked example in Slack's request-verification guide", () => {
    const documented = [
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V',
      '&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=',
      '&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN',
      '&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
    ].join('');
    expect(computeSlackSignature('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, documented)).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });
});
