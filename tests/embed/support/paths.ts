import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** This folder: tests/embed. */
export const EMBED_DIR = fileURLToPath(new URL('../', import.meta.url));
export const ELEMENTS_DIR = join(ROOT, 'packages', 'elements');
export const CONTENT_DIR = join(ROOT, 'content');
/** The single-file bundle that embedders load with one script tag (built by `npm run build -w @sixin/elements`). */
export const BUNDLE_FILE = join(ELEMENTS_DIR, 'dist', 'bundle', 'sixin-elements.js');
