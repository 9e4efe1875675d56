// Runs stock_golden.py on stock MicroPython's webassembly port (the npm package's
// micropython.mjs, given as the first argument) over the inputs in DIR, printing the output
// of one KIND: node run_wasm.mjs MICROPYTHON_MJS DIR KIND. Used by gen_golden.sh.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const [mjs, dir, kind] = process.argv.slice(2);
const { loadMicroPython } = await import(pathToFileURL(path.resolve(mjs)).href);
const chunks = [];
const put = (b) => chunks.push(b[0]);
const mp = await loadMicroPython({ heapsize: 64 * 1024 * 1024, linebuffer: false, stdout: put, stderr: put });
mp.FS.mkdir("/in");
for (const name of fs.readdirSync(dir)) {
  if (name.endsWith(".in")) {
    mp.FS.writeFile("/in/" + name, fs.readFileSync(path.join(dir, name)));
  }
}
const here = path.dirname(fileURLToPath(import.meta.url));
mp.runPython("import sys\nsys.argv[:] = ['stock_golden.py', '/in', " + JSON.stringify(kind) + "]");
mp.runPython(fs.readFileSync(path.join(here, "stock_golden.py"), "utf8"));
process.stdout.write(Buffer.from(chunks));
