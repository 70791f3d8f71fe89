// Preloaded into Prisma CLI runs only: the WASM schema engine leaves timers of up to 60 s that keep
// `migrate deploy` alive for a minute after it has finished. Unref'd timers still fire while the
// process has other work, they just no longer hold it open.
for (const name of ["setTimeout", "setInterval"]) {
  const original = global[name];
  global[name] = function (...args) {
    const timer = original.apply(this, args);
    if (timer && typeof timer.unref === "function") timer.unref();
    return timer;
  };
}
