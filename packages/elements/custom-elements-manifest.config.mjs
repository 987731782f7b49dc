// `cem analyze` reads this (scripts/build.mjs runs it): the manifest is built from the JSDoc of each element class
// (@tag, @summary, @fires, @slot, @csspart, @cssprop) and written next to package.json.
import { posix } from 'node:path';

/**
 * Our tags are registered through `define(tag, Class)` (which tolerates a second copy on the page), not
 * `customElements.define`, so the analyzer does not see them. This records each `define('sixin-…', Class)` call as the
 * module's custom-element definition, pointing at the module that declares the class.
 */
function sixinDefinitions() {
  return {
    name: 'sixin-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, constructor] = node.arguments;
      if (
        !tag ||
        !ts.isStringLiteral(tag) ||
        !tag.text.startsWith('sixin-') ||
        !constructor ||
        !ts.isIdentifier(constructor)
      )
        return;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
        const bindings = statement.importClause.namedBindings;
        if (ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === constructor.text)) {
          module = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: constructor.text, module },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
      for (const mod of customElementsManifest.modules) {
        // `define()` itself calls customElements.define(tag, …) with a variable: not a real definition.
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.startsWith('sixin-'));
        for (const declaration of mod.declarations ?? []) {
          // Private, protected and internal members are not part of the public API that editors should offer; nor are
          // attributes for them (the analyzer takes every entry of `static properties` for one, `state: true` too).
          const hidden = new Set(
            (declaration.members ?? []).filter((m) => m.privacy?.match(/^(private|protected)$/)).map((m) => m.name),
          );
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          if (declaration.members)
            declaration.members = declaration.members.filter(
              (m) => !m.privacy?.match(/^(private|protected)$/) && !m.name.startsWith('#'),
            );
        }
        for (const e of mod.exports ?? [])
          if (e.declaration?.module) e.declaration.module = toDist(e.declaration.module);
        mod.path = toDist(mod.path);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [sixinDefinitions()],
};
