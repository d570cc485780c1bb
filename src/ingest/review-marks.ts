import type { IssueList, IssuePath } from './issues.js';

/** The key a draft puts on an item it is unsure of (`npm run draft`). */
export const REVIEW_KEY = 'review';

/**
 * Reports every `review:` key left in an extraction file: a drafted item
 * still waits for a person to accept it (delete the key) or drop it, so the
 * file may not load yet. Walks the file as written, so every key is found
 * whatever item holds it.
 */
export function checkReviewMarks(data: unknown, issues: IssueList, path: IssuePath = []): void {
  if (Array.isArray(data)) {
    data.forEach((item, i) => checkReviewMarks(item, issues, [...path, i]));
    return;
  }
  if (data === null || typeof data !== 'object') return;
  for (const [key, value] of Object.entries(data)) {
    if (key === REVIEW_KEY) {
      issues.add([...path, key], `still under review: ${JSON.stringify(value)}`);
    } else {
      checkReviewMarks(value, issues, [...path, key]);
    }
  }
}
