// Preloaded into the Microsoft 365 Agents Playground process by playground.ts (node --import).
// The Playground binds to every interface and has no option to change that, but it relays
// unauthenticated traffic to a local-mode bot, so it must stay on loopback. It also exits when its
// parent disappears, even when the parent was killed without a chance to clean up.
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};

const parentPid = Number(process.env.PLAYGROUND_PARENT_PID);
if (parentPid) {
  setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      process.exit(0);
    }
  }, 1000).unref();
}
