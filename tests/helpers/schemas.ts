/**
 * Official JSON schemas (Adaptive Card 1.5, Teams manifest) read from `../shared/schemas`, which lives
 * outside the repository on purpose: tests skip with `schemaSkipReason` when the folder is absent.
 * Compiled validators are cached for the life of the test process.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchemaValidator, manifestSchemaFile } from '../../src/cli/official-schemas.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const schemasDir = path.resolve(repoRoot, '../shared/schemas');
export const schemasAvailable: boolean = existsSync(schemasDir);
export const schemaSkipReason = `official JSON schemas not found at ${schemasDir} (kept outside the repository on purpose); schema validation skipped`;

const validator = createSchemaValidator(schemasDir);

export function validateAdaptiveCard(card: unknown): string[] {
  return validator.validate('adaptive-card-1.5.schema.json', card);
}

/** Validates against the official schema of the manifest's own `manifestVersion`. */
export function validateManifest(manifest: unknown): string[] {
  const schemaFile = manifestSchemaFile(manifest);
  if (!schemaFile) return ['/manifestVersion must be a string like "1.25"'];
  return validator.validate(schemaFile, manifest);
}
