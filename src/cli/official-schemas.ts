/**
 * Validation against the official JSON schemas (Teams manifest, Adaptive Card) kept in a folder outside
 * the repository. Each schema is compiled by the Ajv class for its own `$schema` draft (the manifest
 * schemas are draft-04, the Adaptive Card schema draft-06), once per validator.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvDraft04Module from 'ajv-draft-04';
import ajvFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
// Both are CommonJS modules whose `module.exports` also carries itself as `.default`; under NodeNext
// TypeScript types the default import as the module object, so take `.default` explicitly.
const AjvDraft04 = ajvDraft04Module.default;
const addFormats = ajvFormatsModule.default;

export interface SchemaValidator {
  readonly dir: string;
  /** Errors as `<json pointer> <message>` lines; empty when valid. Throws when the schema file is missing. */
  validate(schemaFile: string, value: unknown): string[];
}

const validatorsByDir = new Map<string, SchemaValidator>();

/** One validator per folder per process: compiling the manifest schema takes about a second. */
export function createSchemaValidator(dir: string): SchemaValidator {
  const existing = validatorsByDir.get(dir);
  if (existing) return existing;
  const compiled = new Map<string, ValidateFunction>();

  function compile(schemaFile: string): ValidateFunction {
    const cached = compiled.get(schemaFile);
    if (cached) return cached;
    const file = path.join(dir, schemaFile);
    if (!existsSync(file)) throw new Error(`schema ${schemaFile} not found in ${dir}`);
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string; id?: string; $id?: string };
    const draft = schema.$schema ?? '';
    // The Adaptive Card schema declares draft-06 but names itself with draft-04's root "id".
    if (!draft.includes('draft-04') && typeof schema.id === 'string' && schema.$id === undefined) {
      schema.$id = schema.id;
      delete schema.id;
    }
    const validate = ajvFor(draft).compile(schema);
    compiled.set(schemaFile, validate);
    return validate;
  }

  const validator: SchemaValidator = {
    dir,
    validate(schemaFile, value) {
      const validate = compile(schemaFile);
      return validate(value) ? [] : describeErrors(validate.errors);
    },
  };
  validatorsByDir.set(dir, validator);
  return validator;
}

/** The official schema file for a manifest: `teams-manifest-v<manifestVersion>.schema.json`. */
export function manifestSchemaFile(manifest: unknown): string | undefined {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  return typeof version === 'string' && /^\d+\.\d+$/.test(version) ? `teams-manifest-v${version}.schema.json` : undefined;
}

function ajvFor(draftUrl: string): Ajv {
  // strict: false: the official schemas use keywords Ajv's strict mode rejects. unicodeRegExp: false: the
  // manifest's patterns contain escapes such as "\\a" that are only legal in non-unicode regular expressions.
  const options = { allErrors: true, strict: false, unicodeRegExp: false } as const;
  let ajv: Ajv;
  if (draftUrl.includes('draft-04')) {
    ajv = new AjvDraft04(options) as unknown as Ajv;
  } else if (draftUrl.includes('draft-06')) {
    ajv = new Ajv(options);
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  } else if (draftUrl === '' || draftUrl.includes('draft-07')) {
    ajv = new Ajv(options);
  } else {
    throw new Error(`no Ajv class configured for $schema ${draftUrl}`);
  }
  addFormats(ajv);
  return ajv;
}

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const params = Object.keys(error.params).length ? ` ${JSON.stringify(error.params)}` : '';
    return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${params}`;
  });
}
