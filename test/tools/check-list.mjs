// Bookkeeping shared by the gate's check scripts: print each check, stop at the first failure, and end
// with the "<name>: N passed, N failed" line that test/tools/gate.mjs adds up.
export function createCheckList(name) {
  let passed = 0;
  const pass = (message) => {
    passed += 1;
    console.log(`ok   ${message}`);
  };
  const fail = (message) => {
    console.log(`FAIL ${message}`);
    console.log(`${name}: ${passed} passed, 1 failed`);
    process.exit(1);
  };
  /** Run `action`; a throw fails the check and shows the error's output. */
  const check = (message, action) => {
    try {
      action();
    } catch (error) {
      fail(`${message}\n${error.stdout ?? ""}${error.stderr ?? ""}${error.message}`);
    }
    pass(message);
  };
  const done = () => console.log(`${name}: ${passed} passed, 0 failed`);
  return { pass, fail, check, done };
}
