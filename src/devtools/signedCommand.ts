import { createHmac, randomBytes } from 'node:crypto';

/** The fields of a slash command as Slack posts them. */
export type SlashCommandFields = {
  command: string;
  text: string;
  teamId: string;
  channelId: string;
  userId: string;
  responseUrl: string;
};

/** Sends a slash command to a Tandem app signed exactly as Slack signs it (v0 HMAC-SHA256). */
export async function sendSignedCommand(
  appUrl: string,
  signingSecret: string,
  fields: SlashCommandFields,
): Promise<Response> {
  const body = new URLSearchParams({
    token: 'local',
    command: fields.command,
    text: fields.text,
    team_id: fields.teamId,
    team_domain: 'demo',
    channel_id: fields.channelId,
    channel_name: 'sales-marketing',
    user_id: fields.userId,
    user_name: fields.userId.toLowerCase(),
    response_url: fields.responseUrl,
    trigger_id: `${Date.now()}.${randomBytes(4).toString('hex')}`,
    api_app_id: 'A0TANDEM',
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(appUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
    },
    body,
  });
}
