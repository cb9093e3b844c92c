/**
 * botframework-connector serializes an outgoing activity through its generated models, and its Entity
 * model knows only `type`, `text` and the mention fields: Teams citation entities (`@type`, `@context`,
 * `citation` with claims) would be stripped before they leave the bot (botbuilder-js #2561). Letting the
 * Entity model carry additional properties sends every entity as built.
 */
import * as mappers from 'botframework-connector/lib/connectorApi/models/mappers.js';

interface CompositeType {
  additionalProperties?: { type: { name: string } };
}

/** Idempotent; called when the adapter is built, before any activity is sent. */
export function keepEntityFields(): void {
  const entity = (mappers.Entity as { type: CompositeType }).type;
  entity.additionalProperties ??= { type: { name: 'Object' } };
}
