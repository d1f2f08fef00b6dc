/**
 * One versioned document persisted under one storage key: progress, settings, and the documents that come next
 * (questionnaire answers, class results). Every document follows the same rules:
 *
 * - Reading always validates. Unreadable data found when the page loads is set aside in a backup slot (never
 *   overwriting a different copy already there) before a fresh start; if it cannot be set aside it is left as it
 *   is and nothing is written.
 * - It never writes over a stored value it cannot decode or that a newer version of the site saved (unless an
 *   identical copy is kept in a backup slot): it keeps that value, stops writing (read-only) and says so. That holds when the page loads, before every write, and when
 *   another tab's `storage` event brings such a value.
 * - Every write first merges what another tab saved. A `storage` event merges the other tab's document into memory.
 * - Data of an earlier version is migrated by code loaded on demand; while it loads nothing is written, and if it
 *   cannot load (offline after a deploy) the person is told and nothing is written.
 * - When the page comes back from the back/forward cache, the document is read again.
 */
import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { Migrator } from '../lib/progress';
import type { DocumentStatus, ReadOnlyCause } from '../lib/save-status';
import { readKey, removeKey, writeKey } from './storage';

export type { DocumentStatus, Migrator, ReadOnlyCause };

/** What a document's decoder makes of stored text. */
export type Decoded<T> =
  | { ok: true; value: T }
  /** An earlier version, and no migrator was given. */
  | { ok: false; kind: 'needs-migration' }
  /** Saved by a newer version of the site. */
  | { ok: false; kind: 'future-version' }
  /** Not valid JSON, or not the right shape; `reason` is in plain words. */
  | { ok: false; kind: 'unreadable'; reason: string };

/** How one kind of document is read, written and merged. */
export interface DocumentSpec<T> {
  /** The storage key, e.g. `fg:progress`. */
  key: string;
  empty(): T;
  /** Validates stored text; never throws. */
  decode(raw: string, migrate?: Migrator): Decoded<T>;
  encode(doc: T): string;
  /** Combines an older and a newer version of the document (another tab's and this one's) without loss. */
  merge(older: T, newer: T): T;
  /** Loads the migrations of earlier versions (a separate chunk, fetched only when old data turns up). */
  loadMigrator?: () => Promise<Migrator>;
}

/** A copy of unreadable data kept aside. */
export interface BackupCopy {
  /** The storage key of its slot. */
  slot: string;
  /** When it was set aside (ISO 8601); absent for copies kept by earlier versions of the site. */
  at?: string;
  /** The stored text, exactly as it was found. */
  text: string;
}

/** How many copies of unreadable data a document keeps. */
export const BACKUP_SLOTS = 5;

/** Marks a backup slot's JSON wrapper, so that it is told apart from a raw copy kept by an earlier version. */
const BACKUP_MARK = 'fg-backup';

/** The storage keys of a document's backup slots; the first is the one earlier versions used. */
export const backupSlots = (key: string): string[] =>
  Array.from({ length: BACKUP_SLOTS }, (_, i) => (i === 0 ? `${key}:backup` : `${key}:backup:${i + 1}`));

function readBackup(slot: string): BackupCopy | null {
  const read = readKey(slot);
  if (!read.ok || read.value === null) return null;
  try {
    const data: unknown = JSON.parse(read.value);
    if (
      typeof data === 'object' &&
      data !== null &&
      (data as Record<string, unknown>)['kind'] === BACKUP_MARK &&
      typeof (data as Record<string, unknown>)['text'] === 'string'
    ) {
      const { at, text } = data as { at?: unknown; text: string };
      return typeof at === 'string' ? { slot, at, text } : { slot, text };
    }
  } catch {
    // A raw copy kept by an earlier version: shown as it is.
  }
  return { slot, text: read.value };
}

/** The outcome of a write: whether it reached storage. */
export type WriteOutcome = { saved: true } | { saved: false; status: DocumentStatus };

/** A persisted document: its value, its status, and the only ways to change it. */
export interface PersistedDocument<T> {
  /** The document; read it with `useStore`, change it only with `update` or `replace`. */
  readonly $doc: ReadableAtom<T>;
  readonly $status: ReadableAtom<DocumentStatus>;
  /** Applies a change and saves it, merging what another tab saved meanwhile. */
  update(change: (doc: T) => T): WriteOutcome;
  /**
   * Replaces the stored document (the person asked to: reset, import by replacing, restore). Data this page
   * could not read is set aside first; if that is impossible, nothing is replaced.
   */
  replace(doc: T): WriteOutcome;
  /** Reads the document from storage again (also done on mount and on return from the back/forward cache). */
  load(): void;
  /** The copies of unreadable data kept aside, oldest slot first. */
  backups(): BackupCopy[];
  /** Deletes a kept copy (after the person downloaded or restored it). */
  deleteBackup(slot: string): boolean;
  /** The text stored under the key right now (null when nothing is stored or storage is unavailable). */
  storedText(): string | null;
}

/** Creates the store of one persisted document. */
export function persistedDocument<T>(spec: DocumentSpec<T>): PersistedDocument<T> {
  const $doc = atom<T>(spec.empty());
  const $status = atom<DocumentStatus>({ kind: 'saved' });
  const slots = backupSlots(spec.key);
  let writable = true;
  let migrate: Migrator | undefined;

  const readOnly = (cause: ReadOnlyCause, reason?: string) => {
    writable = false;
    $status.set(reason === undefined ? { kind: 'read-only', cause } : { kind: 'read-only', cause, reason });
  };

  /** Keeps a copy of `text` in a free backup slot, unless the same text is already kept. */
  function setAside(text: string): boolean {
    const kept = slots.map(readBackup);
    if (kept.some((b) => b?.text === text)) return true;
    const free = slots.find((_, i) => kept[i] === null);
    if (!free) return false;
    const copy = JSON.stringify({ kind: BACKUP_MARK, at: new Date().toISOString(), text });
    return writeKey(free, copy) && readBackup(free)?.text === text;
  }

  /** Whether a backup slot holds exactly this text (then writing over the stored copy loses nothing). */
  const isKept = (text: string) => slots.some((slot) => readBackup(slot)?.text === text);

  function startMigration(): void {
    writable = false;
    $status.set({ kind: 'migrating' });
    if (!spec.loadMigrator) {
      readOnly('migration-unavailable');
      return;
    }
    spec.loadMigrator().then(
      (m) => {
        migrate = m;
        load({ keepMemory: true });
      },
      () => readOnly('migration-unavailable'),
    );
  }

  function load({ keepMemory = false } = {}): void {
    writable = true;
    const read = readKey(spec.key);
    if (!read.ok) {
      $status.set({ kind: 'unavailable' });
      return;
    }
    if (read.value === null) {
      if (!keepMemory) $doc.set(spec.empty());
      $status.set({ kind: 'saved' });
      return;
    }
    const decoded = spec.decode(read.value, migrate);
    if (decoded.ok) {
      if (keepMemory) {
        // Changes made while the old data was being migrated are kept and saved with it.
        $doc.set(spec.merge(decoded.value, $doc.get()));
        $status.set({ kind: 'saved' });
        write($doc.get());
      } else {
        $doc.set(decoded.value);
        $status.set({ kind: 'saved' });
      }
      return;
    }
    if (decoded.kind === 'needs-migration') {
      if (!keepMemory) $doc.set(spec.empty());
      startMigration();
      return;
    }
    if (!keepMemory) $doc.set(spec.empty());
    if (decoded.kind === 'future-version') {
      readOnly('newer-version');
      return;
    }
    // Unreadable data is never thrown away: it is kept in a backup slot before a fresh start.
    if (setAside(read.value)) {
      $status.set({ kind: 'recovered', reason: decoded.reason });
      if (keepMemory) write($doc.get());
    } else {
      readOnly('backup-failed', decoded.reason);
    }
  }

  /** Writes `doc` as it is; reports the outcome in the status. */
  function write(doc: T): WriteOutcome {
    if (writeKey(spec.key, spec.encode(doc))) {
      const kind = $status.get().kind;
      if (kind === 'write-failed' || kind === 'unavailable') $status.set({ kind: 'saved' });
      return { saved: true };
    }
    const status: DocumentStatus = { kind: readKey(spec.key).ok ? 'write-failed' : 'unavailable' };
    $status.set(status);
    return { saved: false, status };
  }

  const notSaved = (): WriteOutcome => ({ saved: false, status: $status.get() });

  function update(change: (doc: T) => T): WriteOutcome {
    const next = change($doc.get());
    if (!writable) {
      $doc.set(next);
      return notSaved();
    }
    const stored = readKey(spec.key);
    if (!stored.ok) {
      $doc.set(next);
      $status.set({ kind: 'unavailable' });
      return notSaved();
    }
    let merged = next;
    if (stored.value !== null) {
      const decoded = spec.decode(stored.value, migrate);
      if (decoded.ok) merged = spec.merge(decoded.value, next);
      else if (!isKept(stored.value)) {
        // Another tab saved something this page cannot read: keep it, and stop writing.
        $doc.set(next);
        if (decoded.kind === 'needs-migration') startMigration();
        else readOnly(decoded.kind === 'future-version' ? 'newer-version' : 'unreadable');
        return notSaved();
      }
    }
    $doc.set(merged);
    return write(merged);
  }

  function replace(doc: T): WriteOutcome {
    const stored = readKey(spec.key);
    if (stored.ok && stored.value !== null && !spec.decode(stored.value, migrate).ok && !isKept(stored.value)) {
      if (!setAside(stored.value)) {
        readOnly('backup-failed');
        return notSaved();
      }
    }
    writable = true;
    $doc.set(doc);
    if (!stored.ok) {
      $status.set({ kind: 'unavailable' });
      return notSaved();
    }
    $status.set({ kind: 'saved' });
    return write(doc);
  }

  function onStorage(event: StorageEvent): void {
    if (event.key !== null && event.key !== spec.key) return;
    if (event.key === null || event.newValue === null) {
      load();
      return;
    }
    const decoded = spec.decode(event.newValue, migrate);
    if (decoded.ok) $doc.set(spec.merge($doc.get(), decoded.value));
    else if (decoded.kind === 'needs-migration') startMigration();
    else readOnly(decoded.kind === 'future-version' ? 'newer-version' : 'unreadable');
  }

  function onPageShow(event: PageTransitionEvent): void {
    if (event.persisted) load();
  }

  onMount($doc, () => {
    load();
    if (typeof window === 'undefined') return;
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pageshow', onPageShow);
    };
  });

  return {
    $doc,
    $status,
    update,
    replace,
    load: () => load(),
    backups: () => slots.map(readBackup).filter((b): b is BackupCopy => b !== null),
    deleteBackup: (slot) => slots.includes(slot) && removeKey(slot),
    storedText: () => {
      const read = readKey(spec.key);
      return read.ok ? read.value : null;
    },
  };
}
