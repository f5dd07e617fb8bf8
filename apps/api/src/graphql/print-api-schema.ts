import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The one way the schema is printed, for schema.gql and for the test that compares it with the server. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
