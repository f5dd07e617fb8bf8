const { RuleTester } = require('eslint');
const { parser } = require('typescript-eslint');
const rule = require('./guarded-resolver');

const ruleTester = new RuleTester({ languageOptions: { parser } });
const imports = `
  import { Query, Resolver } from '@nestjs/graphql';
  import { UseGuards } from '@nestjs/common';
`;

ruleTester.run('guarded-resolver', rule, {
  valid: [
    {
      name: 'a resolver class with a guard',
      code: `${imports} @Resolver(() => Body) @UseGuards(SignedInGuard) export class BodyResolver {}`,
    },
    {
      name: 'a class that is no resolver',
      code: `${imports} @Injectable() export class BodyService {}`,
    },
    {
      name: 'a Resolver decorator from another package',
      code: `import { Resolver } from './routing'; @Resolver() export class Route {}`,
    },
    {
      name: 'a guarded resolver imported under other names',
      code: `
        import * as graphql from '@nestjs/graphql';
        import { UseGuards as Guard } from '@nestjs/common';
        @graphql.Resolver() @Guard(SignedInGuard) export class BodyResolver {}`,
    },
  ],
  invalid: [
    {
      name: 'a resolver class without a guard',
      code: `${imports} @Resolver(() => Body) export class BodyResolver {}`,
      errors: [
        {
          message:
            'Resolver BodyResolver has no class-level @UseGuards(...): guard it, and mark public operations with @Public()',
          line: 4,
        },
      ],
    },
    {
      name: 'a resolver class with @UseGuards() and no guard in it',
      code: `${imports} @Resolver() @UseGuards() export class BodyResolver {}`,
      errors: [
        {
          message:
            'Resolver BodyResolver has @UseGuards() without a guard: name one, and mark public operations with @Public()',
        },
      ],
    },
    {
      name: 'a resolver guarded only on a method',
      code: `${imports} @Resolver() export class BodyResolver { @UseGuards(SignedInGuard) @Query() body() {} }`,
      errors: [{ messageId: 'unguarded', data: { name: 'BodyResolver' } }],
    },
    {
      name: 'a resolver imported under another name, without a guard',
      code: `import { Resolver as GqlResolver } from '@nestjs/graphql'; @GqlResolver() class BodyResolver {}`,
      errors: [{ messageId: 'unguarded', data: { name: 'BodyResolver' } }],
    },
    {
      name: 'a UseGuards that is not the one from @nestjs/common',
      code: `
        import { Resolver } from '@nestjs/graphql';
        import { UseGuards } from './fake';
        @Resolver() @UseGuards(SignedInGuard) class BodyResolver {}`,
      errors: [{ messageId: 'unguarded', data: { name: 'BodyResolver' } }],
    },
  ],
});
