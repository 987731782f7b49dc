// What /admin/ reads from snapshot.json: written by site/scripts/admin.ts at build time, read by main.ts in the browser.
import type { ContentFile } from '@sixin/core';
import type { PreviewText } from './preview.ts';

/** What the editor's validator checks an edited entry against: every file of directory/ and policy/ as text. */
export interface AdminSnapshot {
  directoryRoot: string;
  directory: ContentFile[];
  policy: ContentFile[];
  rulesRoot: string;
  /** The files of content/rules/ (`path` is the file name), for the rules validator. */
  rules: ContentFile[];
  industriesCsv: string;
  policyReference: string;
  /** The site's words the preview pane uses (the sentences that are functions stay behind: JSON drops them). */
  previewText: PreviewText;
}
