// Custom Elements Manifest analyzer plugins: make custom-elements.json describe the files the
// package ships, not the TypeScript sources it was analysed from.
//
// - Paths: every module path and module reference (`src/…/x.ts`, `/src/…/x.js`, `./x.js` in a
//   re-export) becomes the shipped file, `dist/…/x.js`, relative to the package root.
// - Definitions: `KurilTimeline.define()` at the top of a module (our define modules,
//   src/kuril-*.ts) becomes a `custom-element-definition` export of that module, and the class it
//   re-exports points at the module that declares it.
// - Events: an event the analyzer found only as `this.dispatchEvent(new KurilSourceClickEvent(…))`
//   (in the base class, so inherited without a name) is named from the event class's static
//   `eventName`, described from the class's JSDoc when no `@fires` line describes it, and listed
//   once per element.
// - Globals: a superclass that is not declared in the package (`Event`) is marked `global:`.
import { posix } from 'node:path';

const GLOBALS = new Set(['Event', 'CustomEvent', 'HTMLElement', 'EventTarget']);

/** `src/a/b.ts`, `/src/a/b.js` or a specifier relative to `from` → `dist/a/b.js`. */
export function shippedPath(ref, from) {
  if (typeof ref !== 'string') return ref;
  let path = ref;
  if (path.startsWith('./') || path.startsWith('../')) path = posix.join(posix.dirname(from), path);
  path = path.replace(/^\/+/, '');
  if (!/^(src|dist)\//.test(path)) return ref;
  return path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

function unquote(text) {
  const m = /^(['"`])(.*)\1$/.exec(String(text ?? '').trim());
  return m ? m[2] : undefined;
}

export function kurilManifestPlugin() {
  // Per source module: the classes it registers with `X.define('tag'?)`, and where it imports names from.
  const defines = new Map();
  const imports = new Map();
  return {
    name: 'kuril-shipped-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isImportDeclaration(node) && node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings)) {
        const map = imports.get(moduleDoc.path) ?? new Map();
        for (const el of node.importClause.namedBindings.elements) map.set(el.name.text, node.moduleSpecifier.text);
        imports.set(moduleDoc.path, map);
      }
      if (ts.isExpressionStatement(node) && ts.isSourceFile(node.parent) && ts.isCallExpression(node.expression)) {
        const callee = node.expression.expression;
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'define' && ts.isIdentifier(callee.expression)) {
          const [first] = node.expression.arguments;
          const list = defines.get(moduleDoc.path) ?? [];
          list.push({ className: callee.expression.text, tag: first && ts.isStringLiteral(first) ? first.text : undefined });
          defines.set(moduleDoc.path, list);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const byPath = new Map(modules.map((m) => [m.path, m]));
      const declared = (path, name) => byPath.get(path)?.declarations?.find((d) => d.name === name);

      // Definitions and re-exported classes, resolved while paths are still the analyzer's.
      for (const mod of modules) {
        const imported = imports.get(mod.path) ?? new Map();
        const resolve = (name) => {
          const spec = imported.get(name);
          if (!spec || !spec.startsWith('.')) return undefined;
          return posix.join(posix.dirname(mod.path), spec).replace(/\.js$/, '.ts');
        };
        for (const exp of mod.exports ?? []) {
          const target = exp.kind === 'js' && exp.declaration?.module === mod.path && !declared(mod.path, exp.declaration.name) && resolve(exp.declaration.name);
          if (target && declared(target, exp.declaration.name)) exp.declaration.module = target;
        }
        for (const { className, tag } of defines.get(mod.path) ?? []) {
          const target = declared(mod.path, className) ? mod.path : resolve(className);
          const decl = target && declared(target, className);
          const tagName = tag ?? decl?.tagName;
          if (!decl?.customElement || !tagName) throw new Error(`cem: ${mod.path} calls ${className}.define() but ${className} is no custom element with a tag`);
          mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: target } }];
        }
      }

      // Events: names from the event classes' static `eventName`, one entry per name.
      const eventClasses = new Map();
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          const name = unquote(decl.members?.find((m) => m.static && m.name === 'eventName')?.default);
          if (decl.kind === 'class' && name) eventClasses.set(decl.name, { name, description: decl.description });
        }
      }
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.events) continue;
          const named = decl.events.map((event) => {
            const known = eventClasses.get(event.type?.text);
            const name = event.name ?? known?.name;
            if (!name) throw new Error(`cem: ${decl.name} fires an event without a name (type ${event.type?.text ?? 'unknown'})`);
            return { ...event, name, ...(event.description || !known?.description ? {} : { description: known.description }) };
          });
          // The element's own `@fires` lines first, in their order; then inherited events it does not document.
          const own = named.filter((e) => !e.inheritedFrom);
          const ownNames = new Set(own.map((e) => e.name));
          const inherited = named.filter((e) => e.inheritedFrom && !ownNames.has(e.name));
          decl.events = [...own, ...inherited].filter((e, i, all) => all.findIndex((o) => o.name === e.name) === i);
        }
      }

      // Superclasses that are globals, not modules of this package.
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          const sup = decl.superclass;
          if (sup?.module && GLOBALS.has(sup.name) && !modules.some((m) => declared(m.path, sup.name))) {
            decl.superclass = { name: sup.name, package: 'global:' };
          }
        }
      }

      // Paths last: everything points at the shipped files.
      const fix = (ref, from) => {
        if (ref && typeof ref === 'object' && typeof ref.module === 'string') ref.module = shippedPath(ref.module, from);
      };
      for (const mod of modules) {
        const from = mod.path;
        for (const exp of mod.exports ?? []) fix(exp.declaration, from);
        for (const decl of mod.declarations ?? []) {
          fix(decl.superclass, from);
          for (const mixin of decl.mixins ?? []) fix(mixin, from);
          for (const list of [decl.members, decl.attributes, decl.events, decl.cssParts, decl.cssProperties, decl.slots]) {
            for (const item of list ?? []) fix(item.inheritedFrom, from);
          }
        }
        mod.path = shippedPath(mod.path, from);
      }
    },
  };
}
