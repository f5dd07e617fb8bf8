import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type ASTNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * Measured on the client's operations and the 115 documents in the integration tests: the deepest (a body's
 * agenda tree, nested-statements.int-spec.ts) is 7 levels deep and costs 30,251 at `first: 50`; none uses more
 * than 2 aliases or 80 tokens. Each limit leaves room for growth and stops a document built to make the server
 * work: that agenda tree passes at 50 meetings a page and is refused at 200 (121,001). The full introspection
 * query of GraphQL tools is 15 deep, so in development (introspection on) those tools are refused too.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 50_000,
  /** Parsing stops here, before validation; the 100 kB body alone could hold 50,000 tokens. */
  maxTokens: 2_000,
} as const;

/** Validation runs once per document, before variables are known, so `first: $n` counts as the largest page. */
const MAX_PAGE_SIZE = 200;
/** A list without paging (a meeting's agenda items, a proposal's decision points) is assumed this long. */
const LIST_ESTIMATE = 10;

export function queryLimitRules(limits: typeof QUERY_LIMITS = QUERY_LIMITS): ValidationRule[] {
  return [maxAliasesRule(limits.maxAliases), maxDepthRule(limits.maxDepth), maxCostRule(limits.maxCost)];
}

/** The number of aliased fields in the whole document, as written. */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave(document) {
          if (aliases > maxAliases) {
            context.reportError(
              tooComplex(`Query has ${aliases} aliases, more than the maximum of ${maxAliases}`, document),
            );
          }
        },
      },
    };
  };
}

/** The longest chain of nested fields of an operation, through fragments; `{ organisations { id } }` is 2. */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragmentDepth = new FragmentMemo(context);
    const depthOf = (selectionSet: SelectionSetNode | undefined): number =>
      Math.max(
        0,
        ...(selectionSet?.selections ?? []).map((selection) => {
          switch (selection.kind) {
            case Kind.FIELD:
              return 1 + depthOf(selection.selectionSet);
            case Kind.INLINE_FRAGMENT:
              return depthOf(selection.selectionSet);
            case Kind.FRAGMENT_SPREAD:
              return fragmentDepth.get(selection.name.value, (fragment) => depthOf(fragment.selectionSet));
          }
        }),
      );
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            tooComplex(`Query depth ${depth} exceeds the maximum depth of ${maxDepth}`, operation),
          );
        }
        return false;
      },
    };
  };
}

/**
 * An estimate of the fields an operation resolves: each field costs 1; a field with a `first` argument multiplies
 * its selection by the page size asked for (or the argument's default), any other list by LIST_ESTIMATE.
 */
export function maxCostRule(maxCost: number): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    const fragmentCost = new FragmentMemo(context);
    const typeNamed = (name: string) => schema.getType(name) ?? undefined;
    const costOf = (selectionSet: SelectionSetNode | undefined, parent?: GraphQLNamedType): number =>
      (selectionSet?.selections ?? []).reduce((sum, selection) => {
        switch (selection.kind) {
          case Kind.FIELD: {
            if (!selection.selectionSet) return sum + 1;
            const definition = fieldDefinition(parent, selection);
            const items = multiplier(parent, selection, definition);
            return (
              sum + 1 + items * costOf(selection.selectionSet, definition && getNamedType(definition.type))
            );
          }
          case Kind.INLINE_FRAGMENT: {
            const condition = selection.typeCondition && typeNamed(selection.typeCondition.name.value);
            return sum + costOf(selection.selectionSet, condition ?? parent);
          }
          case Kind.FRAGMENT_SPREAD:
            return (
              sum +
              fragmentCost.get(selection.name.value, (fragment) =>
                costOf(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value)),
              )
            );
        }
      }, 0);
    return {
      OperationDefinition(operation) {
        const cost = costOf(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
        if (cost > maxCost) {
          const message =
            `Query cost ${count(cost)} exceeds the maximum cost of ${count(maxCost)} (each field costs 1, ` +
            `times the page size (first) or ${LIST_ESTIMATE} for each list around it): ask for smaller ` +
            'pages or fewer nested lists';
          context.reportError(tooComplex(message, operation));
        }
        return false;
      },
    };
  };
}

function fieldDefinition(
  parent: GraphQLNamedType | undefined,
  field: FieldNode,
): GraphQLField<unknown, unknown> | undefined {
  const name = field.name.value;
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

function multiplier(
  parent: GraphQLNamedType | undefined,
  field: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
): number {
  const first = definition?.args.find((argument) => argument.name === 'first');
  if (first) {
    const value = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
    if (value?.kind === Kind.INT) return Number(value.value);
    if (value?.kind === Kind.VARIABLE) return MAX_PAGE_SIZE;
    return typeof first.defaultValue === 'number' ? first.defaultValue : MAX_PAGE_SIZE;
  }
  // A connection's page was counted at the field with `first`, so its `nodes` list is not counted again.
  if (isConnection(parent) && field.name.value === 'nodes') return 1;
  return definition && isListType(getNullableType(definition.type)) ? LIST_ESTIMATE : 1;
}

function isConnection(type: GraphQLNamedType | undefined): boolean {
  return isObjectType(type) && 'pageInfo' in type.getFields() && 'nodes' in type.getFields();
}

/**
 * A fragment's measure, computed once however often it is spread (so a fragment that spreads another twice, ten
 * levels deep, costs ten computations, not 1,024); a cycle counts as 0 (NoFragmentCyclesRule reports it).
 */
class FragmentMemo {
  private readonly values = new Map<string, number>();

  constructor(private readonly context: ValidationContext) {}

  get(name: string, measure: (fragment: FragmentDefinitionNode) => number): number {
    const known = this.values.get(name);
    if (known !== undefined) return known;
    const fragment = this.context.getFragment(name);
    if (!fragment) return 0;
    this.values.set(name, 0);
    const value = measure(fragment);
    this.values.set(name, value);
    return value;
  }
}

/** 1,208,925,819,614,629,174,706,176 rather than 1.2089258196146292e+24 */
function count(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

function tooComplex(message: string, node: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: [node], extensions: { code: QUERY_TOO_COMPLEX } });
}
