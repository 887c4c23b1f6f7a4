import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { commandRegistrations } from '../src/slack/commands';
import { shortcutRegistrations } from '../src/slack/shortcuts';
import { eventRegistrations } from '../src/slack/events';

type Manifest = {
  features: {
    slash_commands?: { command: string; description: string; usage_hint?: string; url: string }[];
    shortcuts?: { callback_id: string; type: string; name: string }[];
    bot_user: { display_name: string };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions?: { bot_events?: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url: string };
  };
};

const manifest = parse(readFileSync(join(__dirname, '..', 'manifest.yml'), 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('declares exactly the slash commands the code registers, each with a description and usage hint', () => {
    const declared = (manifest.features.slash_commands ?? []).map((command) => command.command).sort();
    expect(declared).toEqual(Object.keys(commandRegistrations).sort());
    for (const command of manifest.features.slash_commands ?? []) {
      expect(command.description.length).toBeGreaterThan(10);
      expect(command.usage_hint).toBeTruthy();
      expect(command.url).toMatch(/\/slack\/events$/);
    }
  });

  it('declares exactly the shortcuts and events the code registers', () => {
    const shortcuts = (manifest.features.shortcuts ?? []).map((shortcut) => shortcut.callback_id).sort();
    expect(shortcuts).toEqual(Object.keys(shortcutRegistrations).sort());
    const events = (manifest.settings.event_subscriptions?.bot_events ?? []).sort();
    expect(events).toEqual(Object.keys(eventRegistrations).sort());
  });

  it('sends interactivity to the Bolt endpoint and asks for the commands scope', () => {
    expect(manifest.settings.interactivity).toMatchObject({ is_enabled: true });
    expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write']));
  });
});
