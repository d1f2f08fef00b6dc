import { atom, onMount } from 'nanostores';
import { isRecord } from '../lib/guards';
import { readKey, STORAGE_KEYS, writeKey } from './storage';

/** The learner's settings: for now, the name printed on the certificate. */
export interface Settings {
  version: 1;
  /** As typed by the learner; at most 80 characters. */
  learnerName: string;
}

export const MAX_NAME_LENGTH = 80;

const empty = (): Settings => ({ version: 1, learnerName: '' });

/** Reads settings from stored text. Anything unreadable gives the defaults. Never throws. */
export function parseSettings(raw: string | null): Settings {
  if (raw === null) return empty();
  try {
    const data: unknown = JSON.parse(raw);
    if (isRecord(data) && data['version'] === 1 && typeof data['learnerName'] === 'string') {
      return { version: 1, learnerName: data['learnerName'].slice(0, MAX_NAME_LENGTH) };
    }
  } catch {
    // Unreadable settings hold nothing that cannot be typed again.
  }
  return empty();
}

export const $settings = atom<Settings>(empty());

onMount($settings, () => {
  const read = readKey(STORAGE_KEYS.settings);
  if (read.ok) $settings.set(parseSettings(read.value));
});

/** Remembers the name for the certificate. Returns false when it could not be saved (it still shows). */
export function setLearnerName(name: string): boolean {
  const next: Settings = { version: 1, learnerName: name.slice(0, MAX_NAME_LENGTH) };
  $settings.set(next);
  return writeKey(STORAGE_KEYS.settings, JSON.stringify(next));
}
