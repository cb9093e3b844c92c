/**
 * Experiment: defer teams-ai's AI-half dependencies until first use. Preload with
 * `LAZY=gpt-tokenizer,openai,yaml node --require ./bench/experiments/lazy-deps.cjs …`: each listed module is
 * replaced by a proxy that requires the real one on first property access. botbuilder-dialogs cannot be
 * deferred this way (teams-ai's TeamsBotSsoPrompt extends one of its classes while loading). LAZY_TRACE=1
 * prints which deferred modules were loaded after all, and from where.
 */
'use strict';
const Module = require('node:module');
const LAZY = new Set(process.env.LAZY.split(','));
const loaded = new Set();
const original = Module._load;
Module._load = function (request, parent, isMain) {
  if (!LAZY.has(request)) return original.apply(this, arguments);
  let real;
  const load = () => { if (!real) { real = original.call(Module, request, parent, isMain); loaded.add(request); if (process.env.LAZY_TRACE) console.log('lazy load', request, new Error().stack.split('\n').slice(2, 6).join('\n')); } return real; };
  return new Proxy({}, {
    get: (_, key) => (key === '__esModule' ? true : load()[key]),
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => { const d = Reflect.getOwnPropertyDescriptor(load(), key); if (d) d.configurable = true; return d; },
  });
};
process.on('exit', () => process.env.LAZY_TRACE && console.log('loaded', [...loaded]));
