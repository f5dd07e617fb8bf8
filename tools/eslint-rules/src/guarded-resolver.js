/**
 * bestuurskracht/guarded-resolver: a class decorated with `@Resolver(…)` from @nestjs/graphql must also carry a
 * class-level `@UseGuards(…)` from @nestjs/common with at least one guard, so no entry point is open by accident;
 * operations meant for everyone are marked with `@Public()` inside a guarded class.
 */

/** `@Resolver(() => Body)` and a bare `@Resolver` alike, as callee and arguments. */
function unpack(decorator) {
  const { expression } = decorator;
  return expression.type === 'CallExpression'
    ? { callee: expression.callee, args: expression.arguments }
    : { callee: expression, args: [] };
}

/** Whether a callee is `exported` from `source` as this file imports it: `Resolver`, renamed, or `graphql.Resolver`. */
function importedAs(program, source, exported) {
  const names = new Set();
  const namespaces = new Set();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== source) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportNamespaceSpecifier') namespaces.add(specifier.local.name);
      if (specifier.type === 'ImportSpecifier' && specifier.imported.name === exported) {
        names.add(specifier.local.name);
      }
    }
  }
  return (callee) =>
    (callee.type === 'Identifier' && names.has(callee.name)) ||
    (callee.type === 'MemberExpression' &&
      callee.object.type === 'Identifier' &&
      namespaces.has(callee.object.name) &&
      callee.property.type === 'Identifier' &&
      callee.property.name === exported);
}

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a class-level @UseGuards(...) with a guard on every GraphQL resolver class',
    },
    schema: [],
    messages: {
      unguarded:
        'Resolver {{name}} has no class-level @UseGuards(...): guard it, and mark public operations with @Public()',
      noGuard:
        'Resolver {{name}} has @UseGuards() without a guard: name one, and mark public operations with @Public()',
    },
  },
  create(context) {
    const isResolver = importedAs(context.sourceCode.ast, '@nestjs/graphql', 'Resolver');
    const isUseGuards = importedAs(context.sourceCode.ast, '@nestjs/common', 'UseGuards');
    function check(node) {
      const decorators = (node.decorators ?? []).map(unpack);
      if (!decorators.some(({ callee }) => isResolver(callee))) return;
      const useGuards = decorators.filter(({ callee }) => isUseGuards(callee));
      if (useGuards.some(({ args }) => args.length > 0)) return;
      context.report({
        node: node.id ?? node,
        messageId: useGuards.length > 0 ? 'noGuard' : 'unguarded',
        data: { name: node.id ? node.id.name : '(anonymous class)' },
      });
    }
    return { ClassDeclaration: check, ClassExpression: check };
  },
};
