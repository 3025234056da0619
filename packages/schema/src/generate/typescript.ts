/**
 * JSON Schema → TypeScript declarations, for the subset of JSON Schema that zod's
 * `toJSONSchema` emits for this model (objects, arrays and tuples, enums and consts,
 * unions, nullable types, `$defs` references). Small and ours, so its output is stable.
 */
type Schema = Record<string, unknown>;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function declarations(root: Schema, rootName: string): string {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const out: string[] = [];
  const emitted = new Set<string>();
  const emit = (name: string, schema: Schema) => {
    if (emitted.has(name)) return;
    emitted.add(name);
    out.push(declaration(name, schema));
  };
  const { $defs: _defs, $schema: _s, $id: _i, title: _t, ...rootSchema } = root;
  // zod puts a named root schema in $defs and makes the root a $ref to it: then the def is the declaration.
  if (rootSchema.$ref !== `#/$defs/${rootName}`) emit(rootName, rootSchema);
  for (const name of Object.keys(defs).sort()) emit(name, defs[name]!);
  return out.join('\n');
}

function declaration(name: string, schema: Schema): string {
  const doc = comment(schema, '');
  if (schema.type === 'object' && schema.properties) return `${doc}export interface ${name} ${objectBody(schema, '')}\n`;
  return `${doc}export type ${name} = ${type(schema, '')};\n`;
}

function comment(schema: Schema, indent: string): string {
  const text = typeof schema.description === 'string' ? schema.description : '';
  if (!text) return '';
  return `${indent}/** ${text.replace(/\*\//g, '* /').replace(/\n/g, ` `)} */\n`;
}

function objectBody(schema: Schema, indent: string): string {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const inner = `${indent}  `;
  const lines = Object.entries(props).map(([key, value]) => {
    const name = IDENT.test(key) ? key : JSON.stringify(key);
    return `${comment(value, inner)}${inner}${name}${required.has(key) ? '' : '?'}: ${type(value, inner)};`;
  });
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object' && Object.keys(extra).length > 0) lines.push(`${inner}[key: string]: ${type(extra as Schema, inner)};`);
  else if (extra && typeof extra === 'object') lines.push(`${inner}[key: string]: unknown;`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function type(schema: Schema, indent: string): string {
  if (typeof schema.$ref === 'string') return decodeURIComponent(schema.$ref).replace(/^#\/\$defs\//, '');
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union) return union.map((s) => wrap(type(s, indent))).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.map((t) => type({ ...schema, type: t }, indent)).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      if (Array.isArray(schema.prefixItems)) return `[${(schema.prefixItems as Schema[]).map((s) => type(s, indent)).join(', ')}]`;
      const item = type((schema.items ?? {}) as Schema, indent);
      return `${wrap(item)}[]`;
    }
    case 'object':
      return schema.properties ? objectBody(schema, indent) : schema.additionalProperties && Object.keys(schema.additionalProperties as Schema).length > 0 ? `{ [key: string]: ${type(schema.additionalProperties as Schema, indent)} }` : '{ [key: string]: unknown }';
    default:
      return 'unknown';
  }
}

function wrap(t: string): string {
  return t.includes(' | ') ? `(${t})` : t;
}
