/** One request the fake Slack received: a Web API method, a response_url post or a file upload. */
export interface RecordedCall {
  /** Web API method (`chat.postMessage`), or `response_url` / `file_upload` for those endpoints. */
  method: string;
  /** Full URL that was requested, e.g. the response_url a test minted. */
  url: string;
  /**
   * The parsed body. Form-encoded fields are strings exactly as sent, so `blocks` and `view` stay JSON
   * strings there; use `json()` to read them either way.
   */
  body: Record<string, unknown>;
  /** Bearer token from the Authorization header, else the legacy `token` body field. */
  token: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Epoch milliseconds when the request arrived. */
  at: number;
  /** What the fake answered. */
  response: { status: number; body: Record<string, unknown> };
  /** A body field parsed from JSON when it was sent as a string (form-encoded), else the value itself. */
  json<T = unknown>(field: string): T | undefined;
  /** Every human-readable string in text/blocks/view/attachments, joined by newlines: for `toContain` checks. */
  allText(): string;
}

export type RecordedCallInit = Omit<RecordedCall, 'json' | 'allText'>;

export function createRecordedCall(init: RecordedCallInit): RecordedCall {
  const json = <T>(field: string): T | undefined => parseJsonField(init.body[field]) as T | undefined;
  return {
    ...init,
    json,
    allText: () => {
      const texts: string[] = [];
      // `text` is a plain string even when it happens to look like JSON ("42"), so it is not parsed.
      collectText(init.body.text, texts, true);
      for (const field of ['blocks', 'view', 'attachments']) collectText(json(field), texts, false);
      return texts.join('\n');
    },
  };
}

/** Parses a JSON string field; returns the raw string when it is not JSON (e.g. a plain `text`). */
export function parseJsonField(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

// Block Kit puts readable text under `text` (strings or text objects), `title`, `placeholder`, `label` etc.;
// collecting every `text` string is what tests usually mean by "the message says".
function collectText(value: unknown, out: string[], isTextField: boolean): void {
  if (typeof value === 'string') {
    if (isTextField) out.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectText(item, out, false);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, nested] of Object.entries(value))
      collectText(nested, out, key === 'text' || key === 'alt_text');
  }
}
