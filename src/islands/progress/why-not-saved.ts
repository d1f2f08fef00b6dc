import type { DocumentStatus } from '../../lib/save-status';

/**
 * Why a write did not reach storage, in words. The words load only when a write fails (as for the storage notice),
 * so the page does not carry them for the learners who never need them; offline, the sentence is left out.
 */
export async function whyNotSaved(status: DocumentStatus): Promise<string> {
  try {
    return (await import('../../lib/save-status')).saveStatusMessage(status) ?? '';
  } catch {
    return '';
  }
}
