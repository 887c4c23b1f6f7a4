import type { WebClient } from '@slack/web-api';
import type { SlackImportFile } from '../services/slackImportService';
import type { ImportFileProblem } from '../views/messages/importMessages';
import { MAX_IMPORT_BYTES } from '../views/modals/importModal';

/** How long a file's download may take before the import says Slack did not answer. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

export type DownloadedFile =
  { ok: true; file: SlackImportFile } | { ok: false; name: string; problem: ImportFileProblem };

type SlackFile = { id?: string; name?: string; filetype?: string; mimetype?: string; size?: number };

/** A CSV by Slack's file type, its MIME type or its name (Excel's CSV comes as application/vnd.ms-excel). */
export function looksLikeCsv(file: SlackFile): boolean {
  return (
    file.filetype === 'csv' ||
    file.mimetype === 'text/csv' ||
    (file.name ?? '').toLowerCase().endsWith('.csv')
  );
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown; data?: { error?: unknown } })?.data?.error;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A file a user shared with the app, as bytes: files.info (needs files:read) for its type, size and
 * url_private, then that URL with the bot token, as Slack serves private files. A file that is not
 * a CSV or is too large is refused before its download.
 */
export async function downloadSlackFile(
  client: WebClient,
  token: string,
  fileId: string,
  hint?: SlackFile,
): Promise<DownloadedFile> {
  let info: SlackFile & { url_private?: string; url_private_download?: string };
  try {
    const answer = await client.files.info({ file: fileId });
    info = answer.file ?? {};
  } catch (error) {
    return {
      ok: false,
      name: hint?.name ?? fileId,
      problem: { kind: 'unreachable', reason: reasonOf(error) },
    };
  }
  const name = info.name ?? hint?.name ?? fileId;
  if (!looksLikeCsv(info)) {
    return { ok: false, name, problem: { kind: 'notCsv', type: info.filetype ?? info.mimetype ?? '?' } };
  }
  if ((info.size ?? 0) > MAX_IMPORT_BYTES) {
    return { ok: false, name, problem: { kind: 'tooLarge', bytes: info.size ?? 0 } };
  }
  const url = info.url_private_download ?? info.url_private;
  if (!url) return { ok: false, name, problem: { kind: 'unreachable', reason: 'no url_private' } };
  try {
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    // Without a valid token Slack answers its sign-in page, never the file.
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || type.startsWith('text/html')) {
      return { ok: false, name, problem: { kind: 'unreachable', reason: `HTTP ${response.status}` } };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_IMPORT_BYTES) {
      return { ok: false, name, problem: { kind: 'tooLarge', bytes: bytes.length } };
    }
    return { ok: true, file: { id: fileId, name, bytes } };
  } catch (error) {
    return { ok: false, name, problem: { kind: 'unreachable', reason: reasonOf(error) } };
  }
}

/** users.lookupByEmail as the importer asks it: a Slack user id, or undefined for anyone Slack does not know. */
export function slackUserByEmail(client: WebClient): (email: string) => Promise<string | undefined> {
  return async (email) => {
    try {
      return (await client.users.lookupByEmail({ email })).user?.id;
    } catch {
      // users_not_found, or Slack failing: the owner is reported as unknown, the rows still import.
      return undefined;
    }
  };
}
