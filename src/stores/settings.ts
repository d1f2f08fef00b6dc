import { isRecord } from '../lib/guards';
import { persistedDocument, type Decoded, type WriteOutcome } from './persisted-document';
import { STORAGE_KEYS } from './storage';

/** The learner's settings: for now, the name printed on the certificate. */
export interface Settings {
  version: 1;
  /** As typed by the learner; at most 80 characters. */
  learnerName: string;
}

export const MAX_NAME_LENGTH = 80;

const SETTINGS_VERSION = 1;

const empty = (): Settings => ({ version: 1, learnerName: '' });

/** Reads settings from stored text. Never throws. */
export function decodeSettings(raw: string): Decoded<Settings> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, kind: 'unreadable', reason: 'the saved text is cut short or damaged' };
  }
  if (isRecord(data) && typeof data['version'] === 'number' && data['version'] > SETTINGS_VERSION) {
    return { ok: false, kind: 'future-version' };
  }
  if (isRecord(data) && data['version'] === 1 && typeof data['learnerName'] === 'string') {
    return { ok: true, value: { version: 1, learnerName: data['learnerName'].slice(0, MAX_NAME_LENGTH) } };
  }
  return { ok: false, kind: 'unreadable', reason: 'part of it is damaged' };
}

/** The settings document under `fg:settings`: the newer of two tabs' settings wins whole. */
export const settingsDocument = persistedDocument<Settings>({
  key: STORAGE_KEYS.settings,
  empty,
  decode: decodeSettings,
  encode: (s) => JSON.stringify(s),
  merge: (_older, newer) => newer,
});

export const $settings = settingsDocument.$doc;
export const $settingsStatus = settingsDocument.$status;

/** Remembers the name for the certificate; it shows at once even when it could not be saved. */
export function setLearnerName(name: string): WriteOutcome {
  return settingsDocument.update(() => ({ version: 1, learnerName: name.slice(0, MAX_NAME_LENGTH) }));
}
