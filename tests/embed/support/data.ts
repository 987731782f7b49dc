import { CONTENT_DIR } from './paths.ts';

/**
 * The data files exactly as `sixin export --out-dir` writes them and the site publishes them under `/data/`, built
 * from the real content/ (file name → JSON text). Needs @sixin/core built, which `npm install` and `npm test` do.
 */
export async function exportedData(): Promise<Map<string, string>> {
  let core: typeof import('@sixin/core/node');
  try {
    core = await import('@sixin/core/node');
  } catch (error) {
    throw new Error(`@sixin/core is not built; run \`npm run build -w @sixin/core\` (${(error as Error).message})`, {
      cause: error,
    });
  }
  const result = core.loadContent(CONTENT_DIR);
  if (!result.directory || !result.policy) {
    throw new Error(
      `content/ does not validate (${result.problems.length} problems); run \`npx sixin validate content\``,
    );
  }
  const context = { directory: result.directory, policy: result.policy, contentDir: CONTENT_DIR, result };
  return new Map(core.ARTIFACTS.map((artifact) => [artifact.file, JSON.stringify(artifact.build(context))]));
}
