import {
  type FieldNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isEnumType,
  isLeafType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type FactRelType, type NodeLabel, Rel } from '../graph/vocabulary.js';
import type { FactSide } from '../neo4j/reads/facts.js';
import {
  CypherScope,
  type FactShape,
  idOnly,
  type NamedRead,
  type NodeShape,
  type Projection,
  projectNode,
  type Read,
} from '../neo4j/reads/projection.js';
import type { FieldPlan, FieldProperties, PlanInput } from './field-plan.js';

/**
 * Plans one statement per root field from the GraphQL selection, the way
 * Pothos's Prisma and Drizzle plugins do: each field that reads the graph
 * declares how (`extensions: planned(...)`), the root resolver compiles the
 * whole selection below it into one Cypher projection (neo4j/reads/projection.ts),
 * and the nested resolvers find their values on the parent record
 * (`prefetched`). A field reached some other way (no plan above it) still
 * loads through its batched loader, so answers never depend on the path.
 */

/** A root field's compiled projection: the Cypher of one node variable and how to read it back. */
export interface CompiledProjection {
  /** The map projection of the variable the root statement binds. */
  cypher: string;
  shape: NodeShape;
  params(variables: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

type Variables = Readonly<Record<string, unknown>>;

/** Compiled projections per operation, by root path and variables' shape. */
const cache = new WeakMap<OperationDefinitionNode, Map<string, CompiledProjection>>();
const MAX_PLANS_PER_OPERATION = 64;

/**
 * The projection for node variable `v` of what the current root field selects
 * at `path` below it (`[]`: the field's own selection; `['nodes']` for a
 * connection's nodes, merged with `['edges', 'node']`).
 */
export function compileProjection(
  info: GraphQLResolveInfo,
  v: string,
  paths: readonly (readonly string[])[] = [[]],
  /** Properties the root resolver itself reads of the node, besides what the selection asks. */
  properties: readonly string[] = [],
): CompiledProjection {
  const key = `${String(info.path.key)}|${v}|${paths.map((p) => p.join('.')).join(',')}|${properties.join(',')}|${variablesShape(info)}`;
  let plans = cache.get(info.operation);
  const hit = plans?.get(key);
  if (hit) return hit;
  const planner = new Planner(info);
  const type = getNamedType(info.returnType);
  const nodes = paths.flatMap((path) => planner.descend(type, info.fieldNodes, path));
  const selected = planner.nodeShape(
    nodes.length > 0 ? (nodes[0]?.type ?? type) : type,
    nodes.flatMap((n) => n.fieldNodes),
  );
  // The root resolver finds, pages and orders its nodes by id: it is always read.
  const shape = withId(withProperties(selected, properties));
  const scope = new CypherScope();
  const compiled: CompiledProjection = {
    cypher: projectNode(v, shape, scope),
    shape,
    params: (variables) => scope.params(variables),
  };
  if (!plans) {
    plans = new Map();
    cache.set(info.operation, plans);
  }
  if (plans.size < MAX_PLANS_PER_OPERATION) plans.set(key, compiled);
  return compiled;
}

/** The projection of node variable `n` for the current root field, with this request's parameters. */
export function projectionFor(
  info: GraphQLResolveInfo,
  paths?: readonly (readonly string[])[],
  properties?: readonly string[],
): Projection {
  const compiled = compileProjection(info, 'n', paths, properties);
  return {
    cypher: compiled.cypher,
    params: compiled.params(info.variableValues),
    shape: compiled.shape,
  };
}

/**
 * The fields the current field selects on its (object) return type, by
 * response key, with their arguments: fragments applied, @skip and @include
 * honoured. For root fields that plan their own statement (the dashboard).
 */
export function selectedFields(
  info: GraphQLResolveInfo,
): { key: string; field: string; args: Record<string, unknown> }[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return [];
  const planner = new Planner(info);
  return [...planner.collect(type, info.fieldNodes)].flatMap(([key, [node]]) => {
    const def = node && type.getFields()[node.name.value];
    return def
      ? [{ key, field: def.name, args: getArgumentValues(def, node, info.variableValues) }]
      : [];
  });
}

/**
 * The properties the fields selected at `paths` below the current field read
 * (their `reads(...)` declarations, fragments applied and @skip/@include
 * honoured): `true` when one of them does not say, or plans a read of its own.
 */
export function selectedProperties(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): true | readonly string[] {
  const planner = new Planner(info);
  const properties = new Set<string>();
  for (const path of paths) {
    for (const { type, fieldNodes } of planner.descend(
      getNamedType(info.returnType),
      info.fieldNodes,
      path,
    )) {
      if (!isObjectType(type)) continue;
      for (const nodes of planner.collect(type, fieldNodes).values()) {
        const named = planner.unplannedProperties(type, nodes);
        if (named === undefined) return true;
        for (const property of named) properties.add(property);
      }
    }
  }
  return [...properties].sort();
}

/**
 * What of the variables may change a plan: whether each is given, booleans
 * (for @skip and @include), and the values of enums, which plans may turn
 * into relationship types (a closed set, so the cache stays small); not other
 * values, which only ever become parameters.
 */
function variablesShape(info: GraphQLResolveInfo): string {
  const enums = new Set(
    (info.operation.variableDefinitions ?? [])
      .filter((definition) => {
        let type = definition.type;
        while (type.kind !== Kind.NAMED_TYPE) type = type.type;
        const named = info.schema.getType(type.name.value);
        return named !== undefined && isEnumType(named);
      })
      .map((definition) => definition.variable.name.value),
  );
  const variables: Variables = info.variableValues;
  return Object.keys(variables)
    .sort()
    .map((name) =>
      enums.has(name)
        ? JSON.stringify(variables[name] ?? null)
        : JSON.stringify(variables[name], (_key, value) => {
            if (value === null || value === undefined) return 'n';
            if (typeof value === 'boolean') return value ? 'T' : 'F';
            if (Array.isArray(value)) return value.length === 0 ? 'e' : 'a';
            return typeof value === 'object' ? value : 'v';
          }),
    )
    .join(',');
}

class Planner {
  constructor(private readonly info: GraphQLResolveInfo) {}

  /** The field nodes at `path` below `fieldNodes` of `type`. */
  descend(
    type: GraphQLNamedType,
    fieldNodes: readonly FieldNode[],
    path: readonly string[],
  ): { type: GraphQLNamedType; fieldNodes: FieldNode[] }[] {
    if (path.length === 0) return [{ type, fieldNodes: [...fieldNodes] }];
    if (!isObjectType(type)) return [];
    const [name, ...rest] = path;
    const def = type.getFields()[name as string];
    if (!def) return [];
    const found: FieldNode[] = [];
    for (const nodes of this.collect(type, fieldNodes).values()) {
      for (const node of nodes) if (node.name.value === name) found.push(node);
    }
    return found.length === 0 ? [] : this.descend(getNamedType(def.type), found, rest);
  }

  /** The shape of a node of `type` (an object type, or an interface whose implementations each get one). */
  nodeShape(type: GraphQLNamedType, fieldNodes: readonly FieldNode[]): NodeShape {
    if (isAbstractType(type)) {
      const byLabel: Partial<Record<NodeLabel, NodeShape>> = {};
      for (const possible of this.info.schema.getPossibleTypes(type)) {
        const shape = this.objectShape(possible, fieldNodes);
        byLabel[possible.name as NodeLabel] = { ...shape, abstract: true };
      }
      return { reads: [], properties: true, byLabel };
    }
    return isObjectType(type) ? this.objectShape(type, fieldNodes) : idOnly();
  }

  private objectShape(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): NodeShape {
    const reads: NamedRead[] = [];
    const properties = new Set<string>();
    let everything = false;
    // Only scalar fields that name the properties they read can do without the id.
    let needsId = false;
    for (const [name, nodes] of this.collect(type, fieldNodes)) {
      const read = this.planField(type, nodes);
      if (read) {
        reads.push({ name, read });
        needsId = true;
        continue;
      }
      const named = this.propertiesOf(type, nodes);
      if (named === undefined) everything = true;
      else for (const property of named) properties.add(property);
      if (!this.readsPropertiesOnly(type, nodes)) needsId = true;
    }
    return {
      reads,
      properties: everything ? true : [...properties].sort(),
      label: type.name as NodeLabel,
      ...(needsId ? {} : { withoutId: true as const }),
    };
  }

  /**
   * Whether a field without a plan is `__typename` or a scalar that names the
   * properties it reads: its resolver needs nothing else of the node, not
   * even its id. An object-typed field (a headcount, an amount) resolves
   * further fields on the node, which may look things up by its id.
   */
  private readsPropertiesOnly(type: GraphQLObjectType, nodes: FieldNode[]): boolean {
    const first = nodes[0] as FieldNode;
    if (first.name.value === '__typename') return true;
    const def = type.getFields()[first.name.value];
    return (
      !!def &&
      def.name !== 'id' &&
      isLeafType(getNamedType(def.type)) &&
      (def.extensions?.properties !== undefined ||
        typeof def.extensions?.pothosExposedField === 'string')
    );
  }

  /** The properties a field reads when it has no plan; undefined when it plans a read or does not say. */
  unplannedProperties(type: GraphQLObjectType, nodes: FieldNode[]): readonly string[] | undefined {
    return this.fieldRead(type, nodes) ? undefined : this.propertiesOf(type, nodes);
  }

  /** The properties a field without a plan reads; undefined when it does not say (then all are read). */
  private propertiesOf(type: GraphQLObjectType, nodes: FieldNode[]): readonly string[] | undefined {
    const first = nodes[0] as FieldNode;
    if (first.name.value === '__typename') return [];
    const def = type.getFields()[first.name.value];
    if (!def) return [];
    const declared = def.extensions?.properties as FieldProperties | undefined;
    if (typeof declared === 'function') return declared(this.planInput(type, def, first));
    if (declared) return declared;
    // A node's id is always read (unless nothing needs it).
    if (first.name.value === 'id') return [];
    const exposed = def.extensions?.pothosExposedField;
    return typeof exposed === 'string' ? [exposed] : undefined;
  }

  /** The Read of one field of a node, when it declares a plan. */
  private planField(type: GraphQLObjectType, nodes: FieldNode[]): Read | undefined {
    const planned = this.fieldRead(type, nodes);
    if (!planned) return undefined;
    const { def, read } = planned;
    const child = getNamedType(def.type);
    switch (read.kind) {
      case 'facts': {
        const fact = read.end
          ? settled(this.endsOnly(read.side, read.end, this.nodeShape(child, nodes)))
          : this.factShape(child, nodes, read.side, read.pattern.types);
        const { end: _end, ...rest } = read;
        return { ...rest, fact };
      }
      case 'contributions':
        return {
          kind: 'contributions',
          fact: this.factShape(child, nodes, 'from', [Rel.CONTRIBUTES]),
        };
      case 'evidence':
      case 'node':
      case 'subject':
        return { ...read, node: this.nodeShape(child, nodes) };
      case 'count':
      case 'evidenceCount':
      case 'text':
        return read;
      case 'end':
      case 'direction':
        return undefined;
      case 'statements':
        // The quote is the evidence's; `speaker` is the first of `speakers`.
        return {
          ...read,
          evidence: claimFactsOf(
            withProperties(this.recordField(child, nodes, ['evidence']), ['quote']),
            [Rel.STATED],
          ),
          speakers: this.recordField(child, nodes, ['speaker', 'speakers']),
        };
      case 'statedValues':
        return {
          ...read,
          evidence: this.recordField(child, nodes, ['evidence']),
          article: this.recordField(child, nodes, ['article']),
        };
      case 'claimFact': {
        // A graph edge is its claim id, and names its ends by global id: their labels are read.
        const fact = this.factShape(child, nodes, 'from');
        const labelled: NodeShape = { reads: [], properties: false, abstract: true };
        return {
          ...read,
          fact: {
            ...fact,
            properties:
              fact.properties === true ? true : [...new Set([...fact.properties, 'claimId'])],
            anchor: merge(fact.anchor, labelled),
            other: merge(fact.other, labelled),
          },
        };
      }
    }
  }

  /**
   * The shape of the node(s) that fields of a record type (one a plan builds,
   * not a node) return: every field of these names, whatever its response
   * key, returns the same record's node, so their selections are merged.
   */
  private recordField(
    type: GraphQLNamedType,
    fieldNodes: readonly FieldNode[],
    names: readonly string[],
  ): NodeShape {
    const def = isObjectType(type) ? type.getFields()[names[0] as string] : undefined;
    if (!isObjectType(type) || !def) return idOnly();
    const nodes = [...this.collect(type, fieldNodes).values()]
      .flat()
      .filter((node) => names.includes(node.name.value));
    return this.nodeShape(getNamedType(def.type), nodes);
  }

  private fieldRead(type: GraphQLObjectType, nodes: FieldNode[]) {
    const first = nodes[0] as FieldNode;
    const def = type.getFields()[first.name.value];
    const plan = def?.extensions?.plan as FieldPlan | undefined;
    if (!def || !plan) return undefined;
    // One response key naming different fields (under two parents merged,
    // `nodes` and `edges.node`) would read one field's value for both.
    if (nodes.some((node) => node.name.value !== first.name.value)) return undefined;
    const variables = this.info.variableValues;
    // One record holds one value per name: a name asked for with different
    // arguments (a connection's `nodes` and `edges.node`) is left to its loader.
    const args = nodes.map((node) => JSON.stringify(getArgumentValues(def, node, variables)));
    if (args.some((a) => a !== args[0])) return undefined;
    const read = plan(this.planInput(type, def, first));
    return read ? { def, read } : undefined;
  }

  private planInput(
    type: GraphQLObjectType,
    def: GraphQLField<unknown, unknown>,
    node: FieldNode,
  ): PlanInput {
    return {
      typeName: type.name,
      args: getArgumentValues(def, node, this.info.variableValues),
      arg:
        (name, map = (v) => v) =>
        (input) =>
          map(getArgumentValues(def, node, input)[name]),
    };
  }

  /** A fact's shape: its fields that are ends plan those ends; its evidence and linked nodes plan reads of its own. */
  private factShape(
    type: GraphQLNamedType,
    fieldNodes: FieldNode[],
    side: FactSide,
    /** The types the fact may have, when known: its evidence's `fact` is one of them. */
    types?: readonly FactRelType[],
  ): FactShape {
    const fact: FactShape = { anchor: unread(), other: unread(), properties: [], reads: [] };
    if (!isObjectType(type)) return settled(fact);
    const properties = new Set<string>();
    let everything = false;
    // Reached from either end: does anything asked need to know which end is the start?
    let oriented = side !== 'either';
    for (const [name, nodes] of this.collect(type, fieldNodes)) {
      const planned = this.fieldRead(type, nodes);
      if (!planned) {
        // A fact's own fields read its relationship's properties.
        const named = this.propertiesOf(type, nodes);
        if (named === undefined) everything = true;
        else for (const property of named) properties.add(property);
        continue;
      }
      const { def, read } = planned;
      const child = getNamedType(def.type);
      if (read.kind === 'direction') {
        oriented = true;
      } else if (read.kind === 'end') {
        // `from` and `to` are the stored ends: which is the anchor is read.
        if (read.end !== 'other') oriented = true;
        const ends = this.endsOnly(side, read.end, this.nodeShape(child, nodes));
        fact.anchor = merge(fact.anchor, ends.anchor);
        fact.other = merge(fact.other, ends.other);
      } else if (read.kind === 'evidence' || read.kind === 'node') {
        const node = this.nodeShape(child, nodes);
        fact.reads.push({
          name,
          read: {
            ...read,
            node: read.kind === 'evidence' && types ? claimFactsOf(node, types) : node,
          },
        });
      }
    }
    fact.properties = everything ? true : [...properties].sort();
    if (!oriented) fact.unoriented = true;
    return settled(fact);
  }

  /** A fact shape that reads one end (`from`, `to` or `other`) with `shape`. */
  private endsOnly(side: FactSide, end: 'from' | 'to' | 'other', shape: NodeShape): FactShape {
    const fact: FactShape = { anchor: unread(), other: unread(), properties: [], reads: [] };
    // Which stored end the anchor is: known for directed sides, either for `either`.
    const anchorIs = side === 'either' ? undefined : side;
    if (end === 'other' || (anchorIs !== undefined && end !== anchorIs)) fact.other = shape;
    else if (anchorIs !== undefined) fact.anchor = shape;
    else {
      fact.anchor = shape;
      fact.other = shape;
    }
    return fact;
  }

  /** The fields selected on an object type, by response key, fragments applied and @skip/@include honoured. */
  collect(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const visit = (set: SelectionSetNode | undefined) => {
      for (const selection of set?.selections ?? []) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          fields.set(key, [...(fields.get(key) ?? []), selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.applies(selection.typeCondition?.name.value, type))
            visit(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = this.info.fragments[name];
          if (visited.has(name) || !fragment) continue;
          visited.add(name);
          if (this.applies(fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
        }
      }
    };
    for (const node of fieldNodes) visit(node.selectionSet);
    return fields;
  }

  private included(node: Parameters<typeof getDirectiveValues>[1]): boolean {
    const variables = this.info.variableValues;
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  }

  private applies(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (condition === undefined || condition === type.name) return true;
    const conditionType = this.info.schema.getType(condition);
    return (
      !!conditionType &&
      isAbstractType(conditionType) &&
      this.info.schema.isSubType(conditionType, type)
    );
  }
}

/**
 * An evidence shape whose `fact` reads seek only these relationship types:
 * the evidence of a fact (by its claim id) supports that fact, so its `fact`
 * is of the fact's type, and seeking the others' claimId indexes is wasted.
 */
function claimFactsOf(shape: NodeShape, types: readonly FactRelType[]): NodeShape {
  return {
    ...shape,
    reads: shape.reads.map((r) =>
      r.read.kind === 'claimFact' ? { ...r, read: { ...r.read, types } } : r,
    ),
  };
}

/** A shape that also reads these properties, whatever the node's label. */
function withProperties(shape: NodeShape, properties: readonly string[]): NodeShape {
  if (properties.length === 0) return shape;
  const byLabel = shape.byLabel
    ? Object.fromEntries(
        Object.entries(shape.byLabel).map(([label, s]) => [label, withProperties(s, properties)]),
      )
    : undefined;
  return {
    ...merge(shape, { reads: [], properties }),
    ...(byLabel ? { byLabel } : {}),
  };
}

/** A fact's end before any field asks about it: merged with what one asks, it adds nothing, not even the id. */
function unread(): NodeShape {
  return { reads: [], properties: false, withoutId: true };
}

/**
 * A fact's ends as they are read: the anchor (the node it is read from)
 * always with its id, which resolvers compare to tell the ends apart; an end
 * no field asked about by its id alone.
 */
function settled(fact: FactShape): FactShape {
  const { other } = fact;
  const asked = other.reads.length > 0 || other.properties !== false || !!other.byLabel;
  return { ...fact, anchor: withId(fact.anchor), other: asked ? other : idOnly() };
}

/** A shape that reads the node's id, whatever else it asks and whatever its label. */
function withId(shape: NodeShape): NodeShape {
  const { withoutId: _withoutId, byLabel, ...rest } = shape;
  if (!byLabel) return rest;
  return {
    ...rest,
    byLabel: Object.fromEntries(
      Object.entries(byLabel).map(([label, s]) => [label, withId(s as NodeShape)]),
    ),
  };
}

/** Two shapes of one node asked for by different fields: their reads together. */
function merge(a: NodeShape, b: NodeShape): NodeShape {
  // The id is left out only when neither needs it.
  if (a.reads.length === 0 && !a.byLabel && !a.properties) return a.withoutId ? b : withId(b);
  if (b.reads.length === 0 && !b.byLabel && !b.properties) return b.withoutId ? a : withId(a);
  const byLabel = a.byLabel || b.byLabel ? { ...b.byLabel, ...a.byLabel } : undefined;
  for (const [label, shape] of Object.entries(b.byLabel ?? {})) {
    const mine = a.byLabel?.[label as NodeLabel];
    if (mine && byLabel) byLabel[label as NodeLabel] = merge(mine, shape);
  }
  // A name both read (one end asked for under two aliases) is left to its loader.
  const names = new Set(a.reads.map((r) => r.name));
  const clash = new Set(b.reads.filter((r) => names.has(r.name)).map((r) => r.name));
  const label = a.label ?? b.label;
  return {
    ...(a.abstract || b.abstract ? { abstract: true } : {}),
    ...(label ? { label } : {}),
    reads: [...a.reads, ...b.reads].filter((r) => !clash.has(r.name)),
    properties:
      a.properties === true || b.properties === true
        ? true
        : [...new Set([...(a.properties || []), ...(b.properties || [])])].sort(),
    ...(byLabel ? { byLabel } : {}),
    ...(a.withoutId && b.withoutId ? { withoutId: true as const } : {}),
  };
}
