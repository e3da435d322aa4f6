import {
  buildASTSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
  print,
  visit,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type NamedTypeNode,
  type TypeNode,
} from 'graphql';
import type { Shape } from '../domain/context';
import { Store } from '../store/store';
import { COMMON_FIELDS, type FieldResolver } from '../resolvers/common';
import type { ResolverContext } from '../resolvers/context';
import { SECURITY_COVERAGE_FIELDS, SECURITY_COVERAGE_RESULT_FIELDS } from '../resolvers/coverage';
import {
  MUTATION_FIELDS,
  STIX_CORE_OBJECT_EDIT_FIELDS,
  STIX_CORE_RELATIONSHIP_EDIT_FIELDS,
  WORK_EDIT_FIELDS,
} from '../resolvers/mutation';
import {
  CONNECTOR_FIELDS,
  LOG_FIELDS,
  ME_FIELDS,
  REF_RELATIONSHIP_FIELDS,
  RELATIONSHIP_FIELDS,
  SETTINGS_FIELDS,
  VOCABULARY_FIELDS,
  WORK_FIELDS,
} from '../resolvers/objects';
import { QUERY_FIELDS } from '../resolvers/query';
import { isRecord } from '../resolvers/args';
import { typeNameOf } from '../resolvers/sources';

const TYPE_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldResolver>>>> = {
  Query: QUERY_FIELDS,
  Mutation: MUTATION_FIELDS,
  SecurityCoverage: SECURITY_COVERAGE_FIELDS,
  SecurityCoverageResult: SECURITY_COVERAGE_RESULT_FIELDS,
  StixCoreRelationship: RELATIONSHIP_FIELDS,
  StixRefRelationship: REF_RELATIONSHIP_FIELDS,
  Connector: CONNECTOR_FIELDS,
  Work: WORK_FIELDS,
  MeUser: ME_FIELDS,
  Settings: SETTINGS_FIELDS,
  Vocabulary: VOCABULARY_FIELDS,
  Log: LOG_FIELDS,
  StixCoreObjectEditMutations: STIX_CORE_OBJECT_EDIT_FIELDS,
  StixCoreRelationshipEditMutations: STIX_CORE_RELATIONSHIP_EDIT_FIELDS,
  WorkEditMutations: WORK_EDIT_FIELDS,
};

/** Types whose fields never take the shared STIX resolvers. */
const NO_COMMON = new Set([
  'Query',
  'Mutation',
  'Subscription',
  'StixCoreObjectEditMutations',
  'StixCoreRelationshipEditMutations',
  'WorkEditMutations',
]);

/**
 * The G1 schema: every field marked `# LATEST` and every type introduced by a `# LATEST:` comment is removed,
 * then union members and fields that still point at a removed type.
 */
export function stripLatest(sdl: string): string {
  const lines = sdl.split('\n');
  const kept: string[] = [];
  const removedTypes = new Set<string>();
  let skippingBlock = false;
  let pendingBlock = false;
  for (const line of lines) {
    if (skippingBlock) {
      if (line.trim() === '}') skippingBlock = false;
      continue;
    }
    if (/^#\s*LATEST\b/.test(line.trim())) {
      pendingBlock = true;
      continue;
    }
    if (pendingBlock) {
      const match = /^(?:type|input|enum|interface|union|scalar)\s+(\w+)/.exec(line.trim());
      if (match?.[1]) {
        removedTypes.add(match[1]);
        pendingBlock = false;
        skippingBlock = line.includes('{') && !line.includes('}');
        continue;
      }
      if (line.trim() !== '') pendingBlock = false;
    }
    if (/#\s*LATEST\b/.test(line) && !line.trim().startsWith('#')) continue;
    kept.push(line);
  }
  const namedType = (node: TypeNode): NamedTypeNode =>
    node.kind === Kind.NAMED_TYPE ? node : namedType(node.type);
  const ast = visit(parse(kept.join('\n')), {
    UnionTypeDefinition(node) {
      return { ...node, types: (node.types ?? []).filter((t) => !removedTypes.has(t.name.value)) };
    },
    FieldDefinition(node) {
      return removedTypes.has(namedType(node.type).name.value) ? null : undefined;
    },
    InputValueDefinition(node) {
      return removedTypes.has(namedType(node.type).name.value) ? null : undefined;
    },
  });
  return print(ast);
}

function isResolverContext(value: unknown): value is ResolverContext {
  return isRecord(value) && value.store instanceof Store;
}

function wrap(resolver: FieldResolver): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context) => {
    if (!isResolverContext(context)) throw new Error('Missing mock backend context');
    return resolver(source, args, context);
  };
}

const cache = new Map<string, GraphQLSchema>();

/** `buildSchema` of the project's SDL (G2, or stripped to G1) with the mock resolvers attached. Cached. */
export function buildExecutableSchema(sdl: string, shape: Shape): GraphQLSchema {
  const key = `${shape}\n${sdl}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const schema = buildASTSchema(parse(shape === 'g1' ? stripLatest(sdl) : sdl));
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      const specific = TYPE_FIELDS[type.name] ?? {};
      for (const field of Object.values(type.getFields())) {
        const resolver =
          specific[field.name] ??
          (NO_COMMON.has(type.name) ? undefined : COMMON_FIELDS[field.name]);
        if (resolver) field.resolve = wrap(resolver);
      }
    } else if (isInterfaceType(type) || isUnionType(type)) {
      type.resolveType = (value) => typeNameOf(value);
    }
  }
  cache.set(key, schema);
  return schema;
}
